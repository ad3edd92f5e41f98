"""The person directory's requests, table-driven and in memory (tests/_mock_transport.py), sync and async.

Each row runs one operation on a client whose transport answers from the row, and checks every request the client
sends (method, URL with its query, body, Content-Type) and the result. Long-running rows answer 202 with an
``operation-Location``, then the status, then (when the operation has a result) the resource: the final GET must go
to the resource the REST contract names, whatever else the status says.
"""
from __future__ import annotations

import inspect
import json
from typing import Any, Callable, Dict, List, NamedTuple, Tuple

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError

from azure.ai.vision.face import models as m
from tests._flavours import run_sync
from tests._mock_transport import Answer, AsyncMockTransport, MockTransport, body_of, replay

ENDPOINT = "https://face.example.com"
BASE = ENDPOINT + "/face/v1.2-preview.1"
P, F, G = "11111111-2222-3333-4444-555555555555", "66666666-7777-8888-9999-000000000000", "fam"
OP = BASE + "/operations/op-1"
FACES = BASE + "/persons/{}/recognitionModels/recognition_04/persistedfaces".format(P)
PERSON = {"personId": P, "name": "Bill", "userData": "Dad"}
GROUP = {"dynamicPersonGroupId": G, "name": "Family", "userData": "x"}
# the status also says where it thinks the result is: the client reads the resource the contract names instead
DONE = Answer(200, json={"operationId": "op-1", "status": "succeeded", "createdTime": "2024-03-05T11:08:20.193Z",
                         "resourceLocation": "https://elsewhere.example.com/nothing"})


def accepted(body: Any = None) -> Answer:
    return Answer(202, {"operation-Location": OP, "Location": OP}, json=body)


class Row(NamedTuple):
    kind: str  # client class name
    operation: Callable[[Any], Any]
    answers: List[Answer]
    sent: List[Tuple[str, str, Any]]  # method, URL, JSON body (None: no body; bytes: raw)
    result: Callable[[Any], bool]


def _pd(method: str, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    return lambda client: getattr(client.person_directory, method)(*args, **kwargs)


def _face(method: str, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    return lambda client: getattr(client, method)(*args, **kwargs)


ADMIN, FACE = "FaceAdministrationClient", "FaceClient"
IDENTIFIED = [{"faceId": F, "candidates": [{"personId": P, "confidence": 0.9}]}]

ROWS: Dict[str, Row] = {
    "begin_create_person": Row(
        ADMIN, _pd("begin_create_person", name="Bill", user_data="Dad"), [accepted({"personId": P}), DONE,
                                                                          Answer(json=PERSON)],
        [("POST", BASE + "/persons", {"name": "Bill", "userData": "Dad"}), ("GET", OP, None),
         ("GET", BASE + "/persons/" + P, None)],
        lambda r: isinstance(r, m.PersonDirectoryPerson) and r.as_dict() == PERSON),
    "begin_delete_person": Row(
        ADMIN, _pd("begin_delete_person", P), [accepted(), DONE],
        [("DELETE", BASE + "/persons/" + P, None), ("GET", OP, None)], lambda r: r is None),
    "get_person": Row(ADMIN, _pd("get_person", P), [Answer(json=PERSON)], [("GET", BASE + "/persons/" + P, None)],
                      lambda r: r.name == "Bill"),
    "update_person": Row(ADMIN, _pd("update_person", P, name="William"), [Answer()],
                         [("PATCH", BASE + "/persons/" + P, {"name": "William"})], lambda r: r is None),
    "get_persons": Row(ADMIN, _pd("get_persons", start="a b", top=2), [Answer(json=[PERSON])],
                       [("GET", BASE + "/persons?start=a%20b&top=2", None)],
                       lambda r: [p.person_id for p in r] == [P]),
    "get_dynamic_person_group_references": Row(
        ADMIN, _pd("get_dynamic_person_group_references", P, top=5), [Answer(json={"dynamicPersonGroupIds": [G]})],
        [("GET", BASE + "/persons/{}/dynamicPersonGroupReferences?top=5".format(P), None)],
        lambda r: r.dynamic_person_group_ids == [G]),
    "begin_add_face_from_url": Row(
        ADMIN, _pd("begin_add_face_from_url", P, m.FaceRecognitionModel.RECOGNITION04, url="https://x/y.jpg",
                   target_face=[1, 2, 3, 4], detection_model="detection_03", user_data="u"),
        [accepted({"persistedFaceId": F}), DONE, Answer(json={"persistedFaceId": F, "userData": "u"})],
        [("POST", FACES + "?targetFace=1,2,3,4&detectionModel=detection_03&userData=u", {"url": "https://x/y.jpg"}),
         ("GET", OP, None), ("GET", FACES + "/" + F, None)],
        lambda r: isinstance(r, m.PersonDirectoryFace) and (r.persisted_face_id, r.user_data) == (F, "u")),
    "begin_add_face": Row(
        ADMIN, _pd("begin_add_face", P, "recognition_04", b"\x89PNG-bytes"),
        [accepted({"persistedFaceId": F}), DONE, Answer(json={"persistedFaceId": F})],
        [("POST", FACES, b"\x89PNG-bytes"), ("GET", OP, None), ("GET", FACES + "/" + F, None)],
        lambda r: r.persisted_face_id == F),
    "begin_delete_face": Row(
        ADMIN, _pd("begin_delete_face", P, "recognition_04", F), [accepted(), DONE],
        [("DELETE", FACES + "/" + F, None), ("GET", OP, None)], lambda r: r is None),
    "get_face": Row(ADMIN, _pd("get_face", P, "recognition_04", F), [Answer(json={"persistedFaceId": F})],
                    [("GET", FACES + "/" + F, None)], lambda r: r.persisted_face_id == F),
    "update_face": Row(ADMIN, _pd("update_face", P, "recognition_04", F, user_data="v"), [Answer()],
                       [("PATCH", FACES + "/" + F, {"userData": "v"})], lambda r: r is None),
    "get_faces": Row(ADMIN, _pd("get_faces", P, "recognition_04"),
                     [Answer(json={"personId": P, "persistedFaceIds": [F]})], [("GET", FACES, None)],
                     lambda r: r.persisted_face_ids == [F]),
    "begin_create_dynamic_person_group_with_person": Row(
        ADMIN, _pd("begin_create_dynamic_person_group_with_person", G, name="Family", add_person_ids=[P],
                   user_data="x"),
        [accepted(), DONE, Answer(json=GROUP)],
        [("PUT", BASE + "/dynamicpersongroups/fam", {"name": "Family", "userData": "x", "addPersonIds": [P]}),
         ("GET", OP, None), ("GET", BASE + "/dynamicpersongroups/fam", None)],
        lambda r: isinstance(r, m.DynamicPersonGroup) and r.as_dict() == GROUP),
    "create_dynamic_person_group": Row(
        ADMIN, _pd("create_dynamic_person_group", G, name="Family"), [Answer()],
        [("PUT", BASE + "/dynamicpersongroups/fam", {"name": "Family"})], lambda r: r is None),
    "begin_update_dynamic_person_group_with_person_changes": Row(
        ADMIN, _pd("begin_update_dynamic_person_group_with_person_changes", G, add_person_ids=[P],
                   remove_person_ids=[F]),
        [accepted(), DONE, Answer(json=GROUP)],
        [("PATCH", BASE + "/dynamicpersongroups/fam", {"addPersonIds": [P], "removePersonIds": [F]}),
         ("GET", OP, None), ("GET", BASE + "/dynamicpersongroups/fam", None)],
        lambda r: r.name == "Family"),
    "update_dynamic_person_group": Row(
        ADMIN, _pd("update_dynamic_person_group", G, user_data="y"), [Answer()],
        [("PATCH", BASE + "/dynamicpersongroups/fam", {"userData": "y"})], lambda r: r is None),
    "begin_delete_dynamic_person_group": Row(
        ADMIN, _pd("begin_delete_dynamic_person_group", G), [accepted(), DONE],
        [("DELETE", BASE + "/dynamicpersongroups/fam", None), ("GET", OP, None)], lambda r: r is None),
    "get_dynamic_person_group": Row(
        ADMIN, _pd("get_dynamic_person_group", G), [Answer(json=GROUP)],
        [("GET", BASE + "/dynamicpersongroups/fam", None)], lambda r: r.dynamic_person_group_id == G),
    "get_dynamic_person_groups": Row(
        ADMIN, _pd("get_dynamic_person_groups", start="f", top=1), [Answer(json=[GROUP])],
        [("GET", BASE + "/dynamicpersongroups?start=f&top=1", None)], lambda r: [g.name for g in r] == ["Family"]),
    "get_dynamic_person_group_persons": Row(
        ADMIN, _pd("get_dynamic_person_group_persons", G, start=P), [Answer(json={"personIds": [P]})],
        [("GET", BASE + "/dynamicpersongroups/fam/persons?start=" + P, None)], lambda r: r.person_ids == [P]),
    "get_operation_result": Row(
        ADMIN, _face("get_operation_result", "op-1"),
        [Answer(json={"operationId": "op-1", "status": "running", "createdTime": "2024-03-05T11:08:20.193Z"})],
        [("GET", OP, None)], lambda r: isinstance(r, m.OperationResult) and r.status == m.OperationStatus.RUNNING),
    "identify_from_person_directory": Row(
        FACE, _face("identify_from_person_directory", face_ids=[F], person_ids=[P], max_num_of_candidates_returned=3),
        [Answer(json=IDENTIFIED)],
        [("POST", BASE + "/identify", {"faceIds": [F], "personIds": [P], "maxNumOfCandidatesReturned": 3})],
        lambda r: r[0].candidates[0].person_id == P),
    "identify_from_dynamic_person_group": Row(
        FACE, _face("identify_from_dynamic_person_group", face_ids=[F], dynamic_person_group_id=G,
                    confidence_threshold=0.7),
        [Answer(json=IDENTIFIED)],
        [("POST", BASE + "/identify", {"faceIds": [F], "dynamicPersonGroupId": G, "confidenceThreshold": 0.7})],
        lambda r: r[0].face_id == F),
    "verify_from_person_directory": Row(
        FACE, _face("verify_from_person_directory", face_id=F, person_id=P),
        [Answer(json={"isIdentical": True, "confidence": 0.9})],
        [("POST", BASE + "/verify", {"faceId": F, "personId": P})], lambda r: r.is_identical is True),
}


def run_row(flavour: str, kind: str, operation: Callable[[Any], Any], answers: List[Answer]) -> Tuple[Any, Any]:
    """``operation(client)`` on a ``kind`` client of ``flavour`` (a poller's result, for begin_ operations)."""
    if flavour == "sync":
        import azure.ai.vision.face as sync_module

        transport: Any = MockTransport(replay(list(answers)))
        with getattr(sync_module, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport) as client:
            try:
                result = operation(client)
                return (result.result() if hasattr(result, "polling_method") else result), transport
            except HttpResponseError as exc:
                return exc, transport

    from azure.ai.vision.face import aio

    transport = AsyncMockTransport(replay(list(answers)))

    async def main() -> Any:
        async with getattr(aio, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport) as client:
            try:
                result = operation(client)
                if inspect.isawaitable(result):
                    result = await result
                return (await result.result()) if hasattr(result, "polling_method") else result
            except HttpResponseError as exc:
                return exc

    return run_sync(main()), transport


def _sent(request: Any) -> Tuple[str, str, Any]:
    body = body_of(request).get("bytes")
    if body is not None and request.headers.get("Content-Type") == "application/json":
        body = json.loads(body)
    return request.method, request.url, body


FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


@FLAVOURS
@pytest.mark.parametrize("name", sorted(ROWS))
def test_requests_and_result(flavour: str, name: str) -> None:
    row = ROWS[name]
    result, transport = run_row(flavour, row.kind, row.operation, row.answers)
    assert [_sent(r) for r in transport.requests] == row.sent
    assert row.result(result), result
    if row.sent[0][0] == "POST" and isinstance(row.sent[0][2], bytes):
        assert transport.requests[0].headers["Content-Type"] == "application/octet-stream"


def test_every_operation_has_a_row() -> None:
    from azure.ai.vision.face.aio.operations import PersonDirectoryOperations

    public = {n for n in vars(PersonDirectoryOperations) if not n.startswith("_")}
    assert public <= set(ROWS) and len(public) == 20
    assert {"get_operation_result", "identify_from_person_directory", "identify_from_dynamic_person_group",
            "verify_from_person_directory"} <= set(ROWS)


@FLAVOURS
def test_a_failed_status_raises_with_its_message(flavour: str) -> None:
    failed = Answer(200, json={"operationId": "op-1", "status": "failed", "createdTime": "2024-03-05T11:08:20.193Z",
                               "message": "Person quota exceeded."})
    error, transport = run_row(flavour, ADMIN, _pd("begin_create_person", name="x"),
                               [accepted({"personId": P}), failed])
    assert isinstance(error, HttpResponseError) and error.error is not None
    assert error.error.message == "Person quota exceeded." and len(transport.requests) == 2


@FLAVOURS
def test_an_accepted_creation_without_its_id_raises(flavour: str) -> None:
    error, transport = run_row(flavour, ADMIN, _pd("begin_create_person", name="x"), [accepted({}), DONE])
    assert isinstance(error, HttpResponseError) and "did not say which resource" in str(error)
    assert len(transport.requests) == 2  # no final GET of a guessed URL


@FLAVOURS
def test_polling_false_gives_the_accepted_answer(flavour: str) -> None:
    person, transport = run_row(flavour, ADMIN, _pd("begin_create_person", name="x", polling=False),
                                [accepted({"personId": P})])
    assert isinstance(person, m.PersonDirectoryPerson) and person.as_dict() == {"personId": P}
    assert len(transport.requests) == 1


@FLAVOURS
def test_the_status_is_read_at_once_then_after_each_retry_after(flavour: str) -> None:
    first = Answer(202, {"operation-Location": OP, "Retry-After": "2"}, json={"personId": P})
    running = Answer(200, {"Retry-After": "3"}, json={"operationId": "op-1", "status": "running",
                                                      "createdTime": "2024-03-05T11:08:20.193Z"})
    _, transport = run_row(flavour, ADMIN, _pd("begin_create_person", name="x"),
                           [first, running, DONE, Answer(json=PERSON)])
    assert transport.sleeps == [3.0]  # azure-core reads the status once without waiting, then as it is told


@FLAVOURS
@pytest.mark.parametrize("name", sorted(n for n in ROWS if ROWS[n].kind == ADMIN))
def test_the_ga_api_version_refuses_before_sending(flavour: str, name: str) -> None:
    row = ROWS[name]
    key = name if name == "get_operation_result" else "person_directory." + name
    error, transport = _run_on(flavour, row.kind, row.operation, api_version="v1.2")
    assert isinstance(error, ValueError) and str(error).startswith(
        "{} is not available in API version 'v1.2'".format(key))
    assert transport.requests == []


@FLAVOURS
@pytest.mark.parametrize("name", sorted(n for n in ROWS if ROWS[n].kind == FACE))
def test_the_ga_api_version_keeps_identify_and_verify_against_the_directory(flavour: str, name: str) -> None:
    row = ROWS[name]
    result, transport = _run_on(flavour, row.kind, row.operation, row.answers, api_version="v1.2")
    assert row.result(result) and transport.requests[0].url.startswith(ENDPOINT + "/face/v1.2/")


def _run_on(flavour: str, kind: str, operation: Callable[[Any], Any], answers: Any = (), **options: Any) -> Any:
    """Like ``run_row``, with client options, returning a ValueError raised before sending."""
    if flavour == "sync":
        import azure.ai.vision.face as sync_module

        transport: Any = MockTransport(replay(list(answers)))
        with getattr(sync_module, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport, **options) as client:
            try:
                return operation(client), transport
            except ValueError as exc:
                return exc, transport

    from azure.ai.vision.face import aio

    transport = AsyncMockTransport(replay(list(answers)))

    async def main() -> Any:
        async with getattr(aio, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport, **options) as client:
            try:
                return await operation(client)
            except ValueError as exc:
                return exc

    return run_sync(main()), transport
