"""The GA API (``/face/v1.2``) checked against its contract: every operation of the GA ``Face.json``.

For each operation a matching request is sent to the emulator. The response must have the operation's declared
success status and headers and validate against its response schema (required properties present, no undeclared
property, enum values allowed); where an example file exists (``tests/data/spec/v1.2``, see its ``SOURCES.md``),
the response must also have the example's shape (keys and JSON types).
"""

from __future__ import annotations

import json
import types
from typing import Any, Callable, Dict, Iterator, Optional

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests._data import spec_dir
from tests.emulator._http import Http, Resp
from tests.emulator._schema import check_schema, check_shape, operations

DATA = spec_dir("v1.2")
SPEC: Dict[str, Any] = json.loads((DATA / "Face.json").read_text(encoding="utf-8"))
GA = "v1.2"


def _example(name: str) -> Optional[Dict[str, Any]]:
    for folder in ("examples", "examples-from-preview"):
        path = DATA / folder / name
        if path.exists():
            data: Dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return data
    return None


OPERATIONS: Dict[str, Dict[str, Any]] = {}  # example file name -> {"op", "example" (or None)}
for _method, _path, _op in operations(SPEC):
    for _ref in (_op.get("x-ms-examples") or {}).values():
        _name = _ref["$ref"].split("/")[-1]
        OPERATIONS[_name] = {"op": _op, "example": _example(_name)}

# Identify/verify against the person directory or a dynamic person group: the emulator has no person directory.
NOT_EMULATED = {
    "FaceRecognitionOperations_IdentifyFromDynamicPersonGroup.json",
    "FaceRecognitionOperations_IdentifyFromPersonDirectory.json",
    "FaceRecognitionOperations_VerifyFromPersonDirectory.json",
}

ALICE = make_face_image([FaceSpec("alice", 54, 394, 78, 78)], format="jpeg")
BOB = make_face_image([FaceSpec("bob")], format="png")


def verify_session_form(fields: Dict[str, Any], image: bytes = ALICE, filename: Optional[str] = "alice.jpg") -> tuple:
    """(body, content type) of a GA with-verify create request: text fields plus a ``verifyImage`` file part."""
    boundary = "gaBoundary7"
    chunks = []
    for name, value in fields.items():
        text = str(value).lower() if isinstance(value, bool) else str(value)
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{text}\r\n'.encode())
    disposition = 'form-data; name="verifyImage"' + (f'; filename="{filename}"' if filename else "")
    chunks.append(
        f"--{boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/octet-stream\r\n\r\n".encode()
        + image
        + b"\r\n"
    )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def create_verify_session(h: Http, fields: Dict[str, Any], **kw: Any) -> Resp:
    body, ctype = verify_session_form(fields, **kw)
    return h.post("/detectLivenessWithVerify-sessions", data=body, content_type=ctype)


@pytest.fixture(scope="module")
def ctx() -> Iterator[types.SimpleNamespace]:
    with FaceEmulator(training_seconds=0) as emu:
        h = Http(emu, version=GA)
        c = types.SimpleNamespace(http=h, emu=emu)
        for kind in ("largepersongroups", "persongroups", "largefacelists", "facelists"):
            assert h.put(f"/{kind}/main", {"name": "main", "userData": "ud", "recognitionModel": "recognition_03"}).status == 200
        c.lpg_person = h.post("/largepersongroups/main/persons", {"name": "alice", "userData": "ud"}).json()["personId"]
        c.pg_person = h.post("/persongroups/main/persons", {"name": "alice", "userData": "ud"}).json()["personId"]
        c.lpg_face = h.post(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces?userData=ud", data=ALICE).json()["persistedFaceId"]
        c.pg_face = h.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces?userData=ud", data=ALICE).json()["persistedFaceId"]
        c.lfl_face = h.post("/largefacelists/main/persistedfaces?userData=ud", data=ALICE).json()["persistedFaceId"]
        c.fl_face = h.post("/facelists/main/persistedfaces?userData=ud", data=ALICE).json()["persistedFaceId"]
        for kind in ("largepersongroups", "persongroups", "largefacelists"):
            assert h.post(f"/{kind}/main/train").status == 202
        c.faces = [h.face_id(ALICE, "recognition_03") for _ in range(3)] + [h.face_id(BOB, "recognition_03")]
        params = {"livenessOperationMode": "Passive", "deviceCorrelationId": "d", "enableSessionImage": True}
        c.session = h.post("/detectLiveness-sessions", params).json()["sessionId"]
        emu.submit_liveness_attempt(c.session, error="FaceWithMaskDetected")
        c.session_image = emu.submit_liveness_attempt(c.session)["result"]["sessionImageId"]
        c.verify_session = create_verify_session(h, {**params, "returnVerifyImageHash": True}).json()["sessionId"]
        emu.submit_liveness_attempt(c.verify_session, error="FaceWithMaskDetected")
        emu.submit_liveness_attempt(c.verify_session)
        c.blob = emu.put_blob("alice.jpg", ALICE)
        yield c


def _detect_query(example: Dict[str, Any]) -> str:
    p = example["parameters"]
    keys = ("returnFaceId", "returnFaceLandmarks", "returnFaceAttributes", "recognitionModel",
            "returnRecognitionModel", "detectionModel", "faceIdTimeToLive")
    return "&".join(f"{k}={str(p[k]).lower() if isinstance(p[k], bool) else p[k]}" for k in keys if k in p)


def _throwaway(h: Http, kind: str, name: str) -> str:
    assert h.put(f"/{kind}/{name}", {"name": name}).status == 200
    return f"/{kind}/{name}"


def _new_session(h: Http, kind: str) -> str:
    if kind == "detectLivenessWithVerify-sessions":
        sid: str = create_verify_session(h, {"livenessOperationMode": "Passive", "deviceCorrelationId": "x"}).json()["sessionId"]
        return sid
    sid = h.post(f"/{kind}", {"livenessOperationMode": "Passive", "deviceCorrelationId": "x"}).json()["sessionId"]
    return sid


def _body(ex: Optional[Dict[str, Any]], default: Dict[str, Any]) -> Dict[str, Any]:
    return dict(ex["parameters"]["body"]) if ex else default


Case = Callable[[Any, Dict[str, Any]], Resp]
CASES: Dict[str, Case] = {
    "Detect.json": lambda c, ex: c.http.detect(ALICE, _detect_query(ex)),
    "DetectFromUrl.json": lambda c, ex: c.http.post("/detect?" + _detect_query(ex), {"url": c.blob}),
    "DetectFromSessionImageId.json": lambda c, ex: c.http.post("/detect?" + _detect_query(ex), {"sessionImageId": c.session_image}),
    # liveness (GA)
    "LivenessSessionOperations_CreateLivenessSession.json": lambda c, ex: c.http.post("/detectLiveness-sessions", ex["parameters"]["body"]),
    "LivenessSessionOperations_GetLivenessSessionResult.json": lambda c, ex: c.http.get(f"/detectLiveness-sessions/{c.session}"),
    "LivenessSessionOperations_DeleteLivenessSession.json": lambda c, ex: c.http.delete(
        "/detectLiveness-sessions/" + _new_session(c.http, "detectLiveness-sessions")),
    "LivenessSessionOperations_CreateLivenessWithVerifySession.json": lambda c, ex: create_verify_session(c.http, ex["parameters"]["body"]),
    "LivenessSessionOperations_GetLivenessWithVerifySessionResult.json": lambda c, ex: c.http.get(f"/detectLivenessWithVerify-sessions/{c.verify_session}"),
    "LivenessSessionOperations_DeleteLivenessWithVerifySession.json": lambda c, ex: c.http.delete(
        "/detectLivenessWithVerify-sessions/" + _new_session(c.http, "detectLivenessWithVerify-sessions")),
    "LivenessSessionOperations_GetSessionImage.json": lambda c, ex: c.http.get(f"/sessionImages/{c.session_image}"),
    # face lists
    "FaceListOperations_AddFaceListFaceFromStream.json": lambda c, ex: c.http.post("/facelists/main/persistedfaces?targetFace=394,54,78,78&detectionModel=detection_01&userData=u", data=ALICE),
    "FaceListOperations_AddFaceListFaceFromUrl.json": lambda c, ex: c.http.post("/facelists/main/persistedfaces?userData=u", {"url": c.blob}),
    "FaceListOperations_AddLargeFaceListFaceFromStream.json": lambda c, ex: c.http.post("/largefacelists/main/persistedfaces?targetFace=394,54,78,78&userData=u", data=ALICE),
    "FaceListOperations_AddLargeFaceListFaceFromUrl.json": lambda c, ex: c.http.post("/largefacelists/main/persistedfaces?userData=u", {"url": c.blob}),
    "FaceListOperations_CreateFaceList.json": lambda c, ex: c.http.put("/facelists/created", ex["parameters"]["body"]),
    "FaceListOperations_CreateLargeFaceList.json": lambda c, ex: c.http.put("/largefacelists/created", ex["parameters"]["body"]),
    "FaceListOperations_DeleteFaceList.json": lambda c, ex: c.http.delete(_throwaway(c.http, "facelists", "gone")),
    "FaceListOperations_DeleteFaceListFace.json": lambda c, ex: c.http.delete(
        "/facelists/main/persistedfaces/" + c.http.post("/facelists/main/persistedfaces", data=ALICE).json()["persistedFaceId"]),
    "FaceListOperations_DeleteLargeFaceList.json": lambda c, ex: c.http.delete(_throwaway(c.http, "largefacelists", "gone")),
    "FaceListOperations_DeleteLargeFaceListFace.json": lambda c, ex: c.http.delete(
        "/largefacelists/main/persistedfaces/" + c.http.post("/largefacelists/main/persistedfaces", data=ALICE).json()["persistedFaceId"]),
    "FaceListOperations_GetFaceList.json": lambda c, ex: c.http.get("/facelists/main?returnRecognitionModel=true"),
    "FaceListOperations_GetFaceLists.json": lambda c, ex: c.http.get("/facelists?returnRecognitionModel=true"),
    "FaceListOperations_GetLargeFaceList.json": lambda c, ex: c.http.get("/largefacelists/main?returnRecognitionModel=true"),
    "FaceListOperations_GetLargeFaceListFace.json": lambda c, ex: c.http.get(f"/largefacelists/main/persistedfaces/{c.lfl_face}"),
    "FaceListOperations_GetLargeFaceListFaces.json": lambda c, ex: c.http.get("/largefacelists/main/persistedfaces?top=20"),
    "FaceListOperations_GetLargeFaceListTrainingStatus.json": lambda c, ex: c.http.get("/largefacelists/main/training"),
    "FaceListOperations_GetLargeFaceLists.json": lambda c, ex: c.http.get("/largefacelists?start=a&top=20&returnRecognitionModel=true"),
    "FaceListOperations_TrainLargeFaceList.json": lambda c, ex: c.http.post("/largefacelists/main/train"),
    "FaceListOperations_UpdateFaceList.json": lambda c, ex: c.http.patch("/facelists/main", {"name": "main", "userData": "ud"}),
    "FaceListOperations_UpdateLargeFaceList.json": lambda c, ex: c.http.patch("/largefacelists/main", {"name": "main", "userData": "ud"}),
    "FaceListOperations_UpdateLargeFaceListFace.json": lambda c, ex: c.http.patch(f"/largefacelists/main/persistedfaces/{c.lfl_face}", {"userData": "ud"}),
    # recognition
    "FaceRecognitionOperations_FindSimilar.json": lambda c, ex: c.http.post("/findsimilars", {"faceId": c.faces[0], "maxNumOfCandidatesReturned": 3, "mode": "matchPerson", "faceIds": c.faces[1:]}),
    "FaceRecognitionOperations_FindSimilarFromFaceList.json": lambda c, ex: c.http.post("/findsimilars", {"faceId": c.faces[0], "faceListId": "main"}),
    "FaceRecognitionOperations_FindSimilarFromLargeFaceList.json": lambda c, ex: c.http.post("/findsimilars", {"faceId": c.faces[0], "largeFaceListId": "main"}),
    "FaceRecognitionOperations_Group.json": lambda c, ex: c.http.post("/group", {"faceIds": c.faces}),
    "FaceRecognitionOperations_IdentifyFromLargePersonGroup.json": lambda c, ex: c.http.post("/identify", {"faceIds": c.faces[:1], "largePersonGroupId": "main", "maxNumOfCandidatesReturned": 9, "confidenceThreshold": 0.7}),
    "FaceRecognitionOperations_IdentifyFromPersonGroup.json": lambda c, ex: c.http.post("/identify", {"faceIds": c.faces[:1], "personGroupId": "main", "maxNumOfCandidatesReturned": 9, "confidenceThreshold": 0.7}),
    "FaceRecognitionOperations_VerifyFaceToFace.json": lambda c, ex: c.http.post("/verify", {"faceId1": c.faces[0], "faceId2": c.faces[1]}),
    "FaceRecognitionOperations_VerifyFromLargePersonGroup.json": lambda c, ex: c.http.post("/verify", {"faceId": c.faces[0], "personId": c.lpg_person, "largePersonGroupId": "main"}),
    "FaceRecognitionOperations_VerifyFromPersonGroup.json": lambda c, ex: c.http.post("/verify", {"faceId": c.faces[0], "personId": c.pg_person, "personGroupId": "main"}),
    # person groups
    "PersonGroupOperations_AddLargePersonGroupPersonFaceFromStream.json": lambda c, ex: c.http.post(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces?targetFace=394,54,78,78&detectionModel=detection_01&userData=u", data=ALICE),
    "PersonGroupOperations_AddLargePersonGroupPersonFaceFromUrl.json": lambda c, ex: c.http.post(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces?userData=u", {"url": c.blob}),
    "PersonGroupOperations_AddPersonGroupPersonFaceFromStream.json": lambda c, ex: c.http.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces?targetFace=394,54,78,78", data=ALICE),
    "PersonGroupOperations_AddPersonGroupPersonFaceFromUrl.json": lambda c, ex: c.http.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces", {"url": c.blob}),
    "PersonGroupOperations_CreateLargePersonGroup.json": lambda c, ex: c.http.put("/largepersongroups/created", ex["parameters"]["body"]),
    "PersonGroupOperations_CreatePersonGroup.json": lambda c, ex: c.http.put("/persongroups/created", ex["parameters"]["body"]),
    "PersonGroupOperations_CreateLargePersonGroupPerson.json": lambda c, ex: c.http.post("/largepersongroups/main/persons", ex["parameters"]["body"]),
    "PersonGroupOperations_CreatePersonGroupPerson.json": lambda c, ex: c.http.post("/persongroups/main/persons", ex["parameters"]["body"]),
    "PersonGroupOperations_DeleteLargePersonGroup.json": lambda c, ex: c.http.delete(_throwaway(c.http, "largepersongroups", "gone")),
    "PersonGroupOperations_DeletePersonGroup.json": lambda c, ex: c.http.delete(_throwaway(c.http, "persongroups", "gone")),
    "PersonGroupOperations_DeleteLargePersonGroupPerson.json": lambda c, ex: c.http.delete(
        "/largepersongroups/main/persons/" + c.http.post("/largepersongroups/main/persons", {"name": "tmp"}).json()["personId"]),
    "PersonGroupOperations_DeletePersonGroupPerson.json": lambda c, ex: c.http.delete(
        "/persongroups/main/persons/" + c.http.post("/persongroups/main/persons", {"name": "tmp"}).json()["personId"]),
    "PersonGroupOperations_DeleteLargePersonGroupPersonFace.json": lambda c, ex: c.http.delete(
        f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces/"
        + c.http.post(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces", data=ALICE).json()["persistedFaceId"]),
    "PersonGroupOperations_DeletePersonGroupPersonFace.json": lambda c, ex: c.http.delete(
        f"/persongroups/main/persons/{c.pg_person}/persistedfaces/"
        + c.http.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces", data=ALICE).json()["persistedFaceId"]),
    "PersonGroupOperations_GetLargePersonGroup.json": lambda c, ex: c.http.get("/largepersongroups/main?returnRecognitionModel=true"),
    "PersonGroupOperations_GetPersonGroup.json": lambda c, ex: c.http.get("/persongroups/main?returnRecognitionModel=true"),
    "PersonGroupOperations_GetLargePersonGroups.json": lambda c, ex: c.http.get("/largepersongroups?top=20&returnRecognitionModel=true"),
    "PersonGroupOperations_GetPersonGroups.json": lambda c, ex: c.http.get("/persongroups?top=20&returnRecognitionModel=true"),
    "PersonGroupOperations_GetLargePersonGroupPerson.json": lambda c, ex: c.http.get(f"/largepersongroups/main/persons/{c.lpg_person}"),
    "PersonGroupOperations_GetPersonGroupPerson.json": lambda c, ex: c.http.get(f"/persongroups/main/persons/{c.pg_person}"),
    "PersonGroupOperations_GetLargePersonGroupPersons.json": lambda c, ex: c.http.get("/largepersongroups/main/persons?top=20"),
    "PersonGroupOperations_GetPersonGroupPersons.json": lambda c, ex: c.http.get("/persongroups/main/persons?top=20"),
    "PersonGroupOperations_GetLargePersonGroupPersonFace.json": lambda c, ex: c.http.get(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces/{c.lpg_face}"),
    "PersonGroupOperations_GetPersonGroupPersonFace.json": lambda c, ex: c.http.get(f"/persongroups/main/persons/{c.pg_person}/persistedfaces/{c.pg_face}"),
    "PersonGroupOperations_GetLargePersonGroupTrainingStatus.json": lambda c, ex: c.http.get("/largepersongroups/main/training"),
    "PersonGroupOperations_GetPersonGroupTrainingStatus.json": lambda c, ex: c.http.get("/persongroups/main/training"),
    "PersonGroupOperations_TrainLargePersonGroup.json": lambda c, ex: c.http.post("/largepersongroups/main/train"),
    "PersonGroupOperations_TrainPersonGroup.json": lambda c, ex: c.http.post("/persongroups/main/train"),
    "PersonGroupOperations_UpdateLargePersonGroup.json": lambda c, ex: c.http.patch("/largepersongroups/main", ex["parameters"]["body"]),
    "PersonGroupOperations_UpdatePersonGroup.json": lambda c, ex: c.http.patch("/persongroups/main", ex["parameters"]["body"]),
    "PersonGroupOperations_UpdateLargePersonGroupPerson.json": lambda c, ex: c.http.patch(f"/largepersongroups/main/persons/{c.lpg_person}", ex["parameters"]["body"]),
    "PersonGroupOperations_UpdatePersonGroupPerson.json": lambda c, ex: c.http.patch(f"/persongroups/main/persons/{c.pg_person}", ex["parameters"]["body"]),
    "PersonGroupOperations_UpdateLargePersonGroupPersonFace.json": lambda c, ex: c.http.patch(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces/{c.lpg_face}", ex["parameters"]["body"]),
    "PersonGroupOperations_UpdatePersonGroupPersonFace.json": lambda c, ex: c.http.patch(f"/persongroups/main/persons/{c.pg_person}/persistedfaces/{c.pg_face}", ex["parameters"]["body"]),
}

# The FindSimilar example shows 'persistedFaceId' for a faceIds query; the service answers faceIds with 'faceId'.
IGNORED_KEYS = {
    "FaceRecognitionOperations_FindSimilar.json": ("persistedFaceId",),
    "FaceRecognitionOperations_FindSimilarFromFaceList.json": ("faceId",),
    "FaceRecognitionOperations_FindSimilarFromLargeFaceList.json": ("faceId",),
}


def test_every_ga_operation_is_covered_or_named_as_not_emulated():
    assert len(OPERATIONS) == 77
    assert set(CASES) | NOT_EMULATED == set(OPERATIONS)
    assert not set(CASES) & NOT_EMULATED
    with_files = [name for name in CASES if OPERATIONS[name]["example"] is not None]
    assert len(CASES) == 74 and len(with_files) == 73  # only DeleteLivenessSession is checked against the spec alone


@pytest.mark.parametrize("name", sorted(CASES))
def test_ga_response_matches_operation_and_example(ctx, name):
    op, example = OPERATIONS[name]["op"], OPERATIONS[name]["example"]
    resp = CASES[name](ctx, example or {})
    (status, declared), = ((k, v) for k, v in op["responses"].items() if k != "default")
    assert resp.status == int(status), resp.body
    for header in declared.get("headers") or {}:
        assert resp.header(header), f"missing header {header}"
    schema = declared.get("schema")
    if schema is None:
        assert resp.body == b""
        return
    if schema.get("type") == "file":
        assert resp.header("Content-Type") == "application/octet-stream" and resp.body
        return
    assert resp.header("Content-Type") == "application/json; charset=utf-8"
    body = resp.json()
    check_schema(SPEC, schema, body)
    if isinstance(body, list):
        assert body, "expected a non-empty list to compare against the example"
    expected = (example or {}).get("responses", {}).get(status, {})
    if "body" in expected:
        check_shape(expected["body"], body, ignore=IGNORED_KEYS.get(name, ()))
