"""The emulator's modules form layers without import circles (issue 14, "Structure").

Every import counts, including those inside functions and under ``TYPE_CHECKING``: a circle hidden in a
function is still a circle.
"""

from __future__ import annotations

import ast
import pathlib
from typing import Dict, List, Set

import azure.ai.vision.face.emulator as emulator_package

PACKAGE = "azure.ai.vision.face.emulator"
ROOT = pathlib.Path(emulator_package.__file__).parent


def _imports(path: pathlib.Path) -> Set[str]:
    """Sibling modules (by bare name, e.g. ``_http``) that a module imports anywhere in its body."""
    found: Set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith(PACKAGE + "."):
                found.add(node.module[len(PACKAGE) + 1 :].split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name[len(PACKAGE) + 1 :].split(".")[0])
    return found


def _graph() -> Dict[str, Set[str]]:
    modules = {p.stem: p for p in ROOT.glob("*.py") if p.stem != "__init__"}
    return {name: _imports(path) & set(modules) for name, path in modules.items()}


def _cycle(graph: Dict[str, Set[str]]) -> List[str]:
    """One import circle as a path of module names, or [] when there is none."""
    state: Dict[str, int] = {}
    stack: List[str] = []

    def visit(node: str) -> List[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []


def test_the_module_graph_has_no_circle():
    assert _cycle(_graph()) == []


def test_the_cycle_finder_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_layers():
    graph = _graph()
    routes = {m for m in graph if m.startswith("_routes_")}
    assert routes, "route modules moved?"
    for module in routes:
        assert "_http" in graph[module], module
        assert not graph[module] & ({"_server", "_wire", "__main__"} | routes), (module, graph[module])
    # The plumbing knows no routes and no server; the server module is the only one that imports routes.
    assert not graph["_http"] & (routes | {"_server", "_wire", "_collections", "_common"})
    assert {m for m, deps in graph.items() if deps & routes} == {"_server"}
