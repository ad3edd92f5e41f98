"""The compat suite: every recorded call of the published package replayed on ours, over real transports.

``fixtures/published-1.0.0b2.json`` (made by ``record.py`` from the published package, observed as a black box)
holds each case's requests as they reached the wire and the answers. Here our synchronous clients (requests
transport) and asynchronous clients (aiohttp transport) run every case against a loopback server that gives the
recorded answers; each request as it arrives (method, path, raw query, Accept/Content-Type, caller headers, body or
multipart parts) and the outcome (result, ``cls=`` triple, exception type, status, ``.error.code``,
``.error.message``, ``str(e)``) must equal the recording, except for the differences in ``wire.DIFFERENCES``.
The published package is not needed to run this.
"""
from __future__ import annotations

from typing import Any, Dict, Iterator

import pytest
from azure.core.rest import HttpRequest

from azure.ai.vision.face import models
from tests._flavours import run_sync
from tests.compat import cases as _cases
from tests.compat import wire
from tests.compat._replay_server import ReplayServer

FIXTURE = wire.load()
CASES = {case.name: case for case in _cases.CASES}


@pytest.fixture(scope="module")
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as running:
        yield running


def _run(server: ReplayServer, flavour: str, name: str) -> Dict[str, Any]:
    recorded = FIXTURE["flavours"][flavour]["cases"][name]
    ctx = FIXTURE["flavours"][flavour]["ctx"]
    server.load([e["response"] for e in recorded["exchanges"]], FIXTURE["endpoint"])
    get, made = wire.clients_factory(flavour, server.endpoint)
    if flavour == "sync":
        outcome = _cases.run_sync(get, CASES[name], ctx, models, HttpRequest)
        for client in made.values():
            client.close()
        return outcome

    async def main() -> Dict[str, Any]:
        result = await _cases.run_async(get, CASES[name], ctx, models, HttpRequest)
        for client in made.values():
            await client.close()
        return result

    return run_sync(main())


def _normalize(outcome: Any, server: ReplayServer) -> Any:
    """Our outcome with this server's address written as the recording server's (it shows in ``send_request``)."""
    import json

    return json.loads(json.dumps(outcome).replace(server.endpoint, FIXTURE["endpoint"]))


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_same_wire_and_outcome_as_published(server: ReplayServer, flavour: str, name: str) -> None:
    recorded = FIXTURE["flavours"][flavour]["cases"][name]
    outcome = _normalize(_run(server, flavour, name), server)
    ours = [wire.view(r["method"], r["target"], r["headers"], {"bytes": r["body"]}) for r in server.requests]
    problems = [
        wire.requests_diff(name, ours, wire.recorded_views(recorded)),
        wire.outcome_diff(name, outcome, recorded["outcome"]),
    ]
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)


def test_every_difference_kept_on_purpose_is_documented() -> None:
    import pathlib

    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Differences from the published package", 1)[1].split("\n## ", 1)[0]
    assert len([line for line in section.splitlines() if line.startswith("- **")]) == len(wire.DIFFERENCES)
    for name in wire.DIFFERENCES:
        assert name in CASES or name.startswith("attribute:"), name
