"""The unit layer, table-driven: every recorded call of the published package replayed on ours, in memory.

Each case of ``tests/compat/cases.py`` runs on our clients over an in-memory transport (``tests/_mock_transport``)
that answers with the responses recorded from the published package. The test checks every request our client
sends (method, route, query, Accept/Content-Type, caller headers, body) and the outcome (result, ``cls=`` triple,
exception type, status, ``.error.code``, ``.error.message``, ``str(e)``) against the recording. No server, no socket.
Query strings as a real transport puts them on the wire are checked by ``tests/compat/test_wire.py``.
"""
from __future__ import annotations

import base64
from typing import Any, Dict, List
from urllib.parse import unquote_plus

import pytest
from azure.core.rest import HttpRequest

from azure.ai.vision.face import models
from tests._flavours import run_sync
from tests._mock_transport import Answer, AsyncMockTransport, MockTransport, body_of, replay
from tests.compat import cases as _cases
from tests.compat import wire

FIXTURE = wire.load()
CASES = {case.name: case for case in _cases.CASES}


def _answers(recorded: Dict[str, Any]) -> List[Answer]:
    return [Answer(e["response"]["status"], e["response"]["headers"], base64.b64decode(e["response"]["body"]))
            for e in recorded["exchanges"]]


def _views(requests: List[HttpRequest]) -> List[Dict[str, Any]]:
    return [wire.view(r.method, r.url, r.headers, body_of(r)) for r in requests]


def _transport_free(views: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Leave out what the transport decides, not the client: percent-encoding the transport redoes (requests and
    aiohttp quote a caller's raw ``params=`` values differently; yarl unquotes ``%21``) and aiohttp's per-part
    multipart headers. The exact bytes on the wire are compared by ``tests/compat/test_wire.py``.
    """
    out = []
    for view in views:
        view = dict(view, path=unquote_plus(view["path"]), query=unquote_plus(view["query"]))
        if isinstance(view["body"], list):
            view["body"] = [dict(part, **{"content-type": None}) for part in view["body"]]
        out.append(view)
    return out


def run_in_memory(flavour: str, name: str) -> Any:
    recorded = FIXTURE["flavours"][flavour]["cases"][name]
    ctx = FIXTURE["flavours"][flavour]["ctx"]
    if flavour == "sync":
        transport: Any = MockTransport(replay(_answers(recorded)))
        get, made = wire.clients_factory("sync", FIXTURE["endpoint"], transport)
        outcome = _cases.run_sync(get, CASES[name], ctx, models, HttpRequest)
    else:
        transport = AsyncMockTransport(replay(_answers(recorded)))
        get, made = wire.clients_factory("async", FIXTURE["endpoint"], transport)

        async def main() -> Any:
            result = await _cases.run_async(get, CASES[name], ctx, models, HttpRequest)
            for client in made.values():
                await client.close()
            return result

        outcome = run_sync(main())
    return recorded, transport, outcome


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_same_requests_and_outcome_as_published(flavour: str, name: str) -> None:
    recorded, transport, outcome = run_in_memory(flavour, name)
    problems = [
        wire.requests_diff(name, _transport_free(_views(transport.requests)),
                           _transport_free(wire.recorded_views(recorded))),
        wire.outcome_diff(name, outcome, recorded["outcome"]),
    ]
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)


def test_every_recorded_case_is_scripted() -> None:
    for flavour in ("sync", "async"):
        assert set(FIXTURE["flavours"][flavour]["cases"]) == set(CASES)
