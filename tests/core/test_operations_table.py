"""The README's table of every REST operation and the Python method that calls it, checked against the specs.

* Its rows are exactly the operation ids of ``v1.2-preview.1`` (103), with each version's route as the spec has it
  (``—`` where the version lacks the operation), so the GA column covers exactly the ``v1.2`` operation ids.
* Every GA operation's method is offered on ``v1.2`` by the API-version table; a method whose operation GA lacks is
  refused on ``v1.2`` unless another GA operation reaches it.
* Every method named exists, sync and async. Operation groups added in parallel branches (face lists and person
  groups; the person directory) are checked once they are present (``group_present``); in the merged tree all are.
"""
import json
import re
from typing import Dict, List, NamedTuple, Optional, Tuple

import pytest
from azure.core.credentials import AzureKeyCredential

import azure.ai.vision.face as sync_package
from azure.ai.vision.face import aio as async_package
from azure.ai.vision.face._requests._versions import offered_by
from tests._data import DATA, spec_dir
from tests._flavours import run_sync

README = DATA.parent.parent / "README.md"
HEADING = "## Every REST operation and the Python method that calls it"
VERSIONS = ("v1.2-preview.1", "v1.2")

# The issue-16 methods of FaceClient / FaceAdministrationClient belong to the operation group added with them.
GROUP_OF_CLIENT_METHOD = {
    "find_similar_from_face_list": "face_list",
    "identify_from_person_group": "person_group",
    "verify_from_person_group": "person_group",
    "identify_from_person_directory": "person_directory",
    "identify_from_dynamic_person_group": "person_directory",
    "verify_from_person_directory": "person_directory",
    "get_operation_result": "person_directory",
}
NEW_GROUPS = ("face_list", "person_group", "person_directory")


class Row(NamedTuple):
    operation_id: str
    routes: Dict[str, Optional[Tuple[str, str]]]
    client: str
    group: Optional[str]
    method: str

    @property
    def key(self) -> str:
        """The operation's name in the API-version table (``method`` or ``group.method``)."""
        return self.method if self.group is None else "{}.{}".format(self.group, self.method)


def spec_operations(version: str) -> Dict[str, Tuple[str, str]]:
    """operationId -> (HTTP method, route without the ``?_overload`` marker) of a version's Face.json."""
    spec = json.loads((spec_dir(version) / "Face.json").read_text(encoding="utf-8"))
    found: Dict[str, Tuple[str, str]] = {}
    for section in ("paths", "x-ms-paths"):
        for route, operations in spec.get(section, {}).items():
            for verb, operation in operations.items():
                if verb in ("get", "post", "put", "patch", "delete"):
                    found[operation["operationId"]] = (verb.upper(), route.split("?")[0])
    return found


def _route(cell: str) -> Optional[Tuple[str, str]]:
    if cell == "—":
        return None
    match = re.fullmatch(r"`(GET|POST|PUT|PATCH|DELETE) (/\S*)`", cell)
    assert match, "not a route: {!r}".format(cell)
    return match.group(1), match.group(2)


def table_rows() -> List[Row]:
    text = README.read_text(encoding="utf-8")
    assert text.count(HEADING) == 1
    section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 4, line
        operation_id = re.fullmatch(r"`(\w+)`", cells[0])
        python = re.match(r"`(\w+)\.(?:(\w+)\.)?(\w+)`", cells[3])
        assert operation_id and python, line
        rows.append(Row(operation_id.group(1), {VERSIONS[0]: _route(cells[1]), VERSIONS[1]: _route(cells[2])},
                        python.group(1), python.group(2), python.group(3)))
    return rows


ROWS = table_rows()


def test_the_table_lists_every_operation_once_with_each_versions_route():
    ids = [row.operation_id for row in ROWS]
    assert len(ids) == len(set(ids)) == 103
    for version in VERSIONS:
        spec = spec_operations(version)
        listed = {row.operation_id: row.routes[version] for row in ROWS if row.routes[version] is not None}
        assert listed == spec, version
    assert len([row for row in ROWS if row.routes["v1.2"] is not None]) == 77


def test_every_ga_operation_is_offered_on_v1_2_and_what_ga_lacks_is_refused():
    reached_on_ga = {(row.client, row.key) for row in ROWS if row.routes["v1.2"] is not None}
    for row in ROWS:
        if (row.client, row.key) in reached_on_ga:
            assert offered_by("v1.2", row.key), row
            assert offered_by("v1.2-preview.1", row.key), row
        else:
            assert not offered_by("v1.2", row.key), row


def _admin_groups() -> Dict[str, bool]:
    with sync_package.FaceAdministrationClient("https://face.example.com", AzureKeyCredential("k")) as client:
        return {group: hasattr(client, group) for group in NEW_GROUPS}


GROUPS_PRESENT = _admin_groups()


def group_present(row: Row) -> bool:
    """Whether the branch that adds ``row``'s method is in this tree (always true for the published methods)."""
    group = row.group if row.group in NEW_GROUPS else GROUP_OF_CLIENT_METHOD.get(row.method)
    return group is None or GROUPS_PRESENT[group]


@pytest.mark.parametrize("package", [sync_package, async_package], ids=["sync", "async"])
def test_every_method_named_exists(package):
    checked = 0
    for row in ROWS:
        if not group_present(row):
            continue
        client_class = getattr(package, row.client)
        if row.group is None:
            assert callable(getattr(client_class, row.method, None)), row
        else:  # operation groups are attributes of a client instance (building one opens no connection)
            client = client_class("https://face.example.com", AzureKeyCredential("k"))
            assert callable(getattr(getattr(client, row.group), row.method, None)), row
        checked += 1
    published = [row for row in ROWS if row.group not in NEW_GROUPS and row.method not in GROUP_OF_CLIENT_METHOD]
    assert checked == len(published) + len([row for row in ROWS if row not in published and group_present(row)])
    assert len(published) == 51  # the operations the published package reaches


def test_methods_of_absent_groups_are_only_the_issue_16_additions():
    skipped = {row.key for row in ROWS if not group_present(row)}
    for key in skipped:
        group, _, method = key.rpartition(".")
        assert group in NEW_GROUPS or method in GROUP_OF_CLIENT_METHOD, key


def _dummy_call(method):
    """Call ``method`` with a placeholder for each required argument (the version check comes before any use)."""
    import inspect

    args, kwargs = [], {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is not inspect.Parameter.empty or parameter.kind in (
                inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = "x"
        else:
            args.append("x")
    return method(*args, **kwargs)


GA_LACKS = sorted({(row.client, row.group, row.method) for row in ROWS if row.routes["v1.2"] is None}
                  - {(row.client, row.group, row.method) for row in ROWS if row.routes["v1.2"] is not None},
                  key=str)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("client_name, group, method", GA_LACKS, ids=lambda v: str(v))
def test_what_ga_lacks_raises_value_error_on_v1_2_before_sending(flavour, client_name, group, method):
    import asyncio
    import inspect

    from tests._mock_transport import Answer, AsyncMockTransport, MockTransport

    row = next(r for r in ROWS if (r.client, r.group, r.method) == (client_name, group, method))
    if not group_present(row):
        pytest.skip("{} comes with its operation group's branch".format(row.key))
    package = sync_package if flavour == "sync" else async_package
    transport = (MockTransport if flavour == "sync" else AsyncMockTransport)(lambda request: Answer(json={}))
    client = getattr(package, client_name)("https://face.example.com", AzureKeyCredential("k"),
                                           api_version="v1.2", transport=transport)
    target = getattr(client, group) if group else client

    async def attempt():
        result = _dummy_call(getattr(target, method))
        if inspect.isawaitable(result):
            await result

    with pytest.raises(ValueError, match=r"^{} is not available in API version 'v1\.2'".format(re.escape(row.key))):
        if flavour == "sync":
            _dummy_call(getattr(target, method))
        else:
            run_sync(attempt())
    assert transport.requests == []
