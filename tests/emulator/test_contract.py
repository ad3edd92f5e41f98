"""Responses checked against the contract: example shapes and declared schemas.

For every example file of the routes the emulator implements, the matching
request is sent to the emulator and the response is compared with the example
(status, keys, JSON types) and validated against the operation's response
schema in ``Face.json`` (required properties present, no undeclared
properties, enum values allowed).
"""

from __future__ import annotations

import json
import types
from typing import Any, Callable, Dict, Optional

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests._data import spec_dir
from tests.emulator._http import Http, Resp

SPEC_DIR = spec_dir("v1.2-preview.1")

SPEC = json.loads((SPEC_DIR / "Face.json").read_text(encoding="utf-8"))
EXAMPLES: Dict[str, Dict[str, Any]] = {}  # example file -> {"op": operation, "example": data}
for section in ("paths", "x-ms-paths"):
    for _path, _ops in SPEC[section].items():
        for _method, _op in _ops.items():
            for _ex in (_op.get("x-ms-examples") or {}).values():
                _file = _ex["$ref"].split("/")[-1]
                if (SPEC_DIR / "examples" / _file).exists():
                    EXAMPLES[_file] = {
                        "op": _op,
                        "example": json.loads((SPEC_DIR / "examples" / _file).read_text(encoding="utf-8")),
                    }

ALICE = make_face_image([FaceSpec("alice", 54, 394, 78, 78)], format="jpeg")
BOB = make_face_image([FaceSpec("bob")], format="png")


def _resolve(schema: Dict[str, Any]) -> Dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["definitions"][schema["$ref"].split("/")[-1]]
    return schema


def check_schema(schema: Dict[str, Any], value: Any, where: str = "$") -> None:
    schema = _resolve(schema)
    if value is None:
        return  # the emulator (like the service) uses null for unset optional values
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    kind = schema.get("type")
    if kind == "array" or "items" in schema:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check_schema(schema["items"], item, f"{where}[{i}]")
    elif kind == "object" or "properties" in schema:
        assert isinstance(value, dict), where
        props = schema.get("properties", {})
        for req in schema.get("required", []):
            assert req in value, f"{where}: required property '{req}' missing"
        for key, item in value.items():
            assert key in props, f"{where}: undeclared property '{key}'"
            check_schema(props[key], item, f"{where}.{key}")
    elif kind == "string":
        assert isinstance(value, str), where
    elif kind == "boolean":
        assert isinstance(value, bool), where
    elif kind in ("integer", "number"):
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
        if kind == "integer":
            assert isinstance(value, int), where
        if "minimum" in schema:
            assert value >= schema["minimum"], where
        if "maximum" in schema:
            assert value <= schema["maximum"], where


def check_shape(example: Any, actual: Any, where: str = "$", ignore: tuple = ()) -> None:
    if example is None:
        return
    if isinstance(example, dict):
        assert isinstance(actual, dict), f"{where}: expected object"
        for key, value in example.items():
            if key in ignore:
                continue
            assert key in actual, f"{where}: missing '{key}'"
            check_shape(value, actual[key], f"{where}.{key}", ignore)
    elif isinstance(example, list):
        assert isinstance(actual, list), f"{where}: expected array"
        if example and actual:
            check_shape(example[0], actual[0], f"{where}[0]", ignore)
    elif isinstance(example, bool):
        assert isinstance(actual, bool), where
    elif isinstance(example, (int, float)):
        assert isinstance(actual, (int, float)) and not isinstance(actual, bool), where
    elif isinstance(example, str):
        assert isinstance(actual, str), f"{where}: expected string, got {actual!r}"


@pytest.fixture(scope="module")
def ctx():
    with FaceEmulator(training_seconds=0) as emu:
        h = Http(emu)
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
            c.operation = h.post(f"/{kind}/main/train").header("operation-Location")
        c.faces = [h.face_id(ALICE, "recognition_03") for _ in range(3)] + [h.face_id(BOB, "recognition_03")]
        c.session = h.post(
            "/detectLiveness/singleModal/sessions",
            {"livenessOperationMode": "Passive", "deviceCorrelationId": "d", "enableSessionImage": True},
        ).json()["sessionId"]
        entry = emu.submit_liveness_attempt(c.session)
        c.session_image = entry["sessionImageId"]
        verify_params = {"livenessOperationMode": "Passive", "deviceCorrelationId": "d", "returnVerifyImageHash": True}
        c.verify_session = _multipart_session(h, verify_params).json()["sessionId"]
        emu.submit_liveness_attempt(c.verify_session)
        c.blob = emu.put_blob("alice.jpg", ALICE)
        # the person directory (training_seconds=0: its operations finish at once)
        c.pd_person = h.post("/persons", {"name": "alice", "userData": "ud"}).json()["personId"]
        c.pd_faces = f"/persons/{c.pd_person}/recognitionModels/recognition_03/persistedfaces"
        c.pd_face = h.post(c.pd_faces + "?userData=ud", data=ALICE).json()["persistedFaceId"]
        assert h.put("/dynamicpersongroups/main", {"name": "main", "userData": "ud", "addPersonIds": [c.pd_person]}).status == 202
        yield c


def _multipart_session(h: Http, params: Dict[str, Any]) -> Resp:
    b = "xYzBoundary"
    body = (
        f'--{b}\r\nContent-Disposition: form-data; name="Parameters"\r\nContent-Type: application/json\r\n\r\n'
        f"{json.dumps(params)}\r\n--{b}\r\n"
        'Content-Disposition: form-data; name="VerifyImage"; filename="VerifyImage"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + ALICE + f"\r\n--{b}--\r\n".encode()
    return h.post("/detectLivenessWithVerify/singleModal/sessions", data=body, content_type=f"multipart/form-data; boundary={b}")


def _detect_query(example: Dict[str, Any]) -> str:
    p = example["parameters"]
    keys = ("returnFaceId", "returnFaceLandmarks", "returnFaceAttributes", "recognitionModel",
            "returnRecognitionModel", "detectionModel", "faceIdTimeToLive")
    return "&".join(f"{k}={str(p[k]).lower() if isinstance(p[k], bool) else p[k]}" for k in keys if k in p)


def _throwaway(h: Http, kind: str, name: str) -> str:
    assert h.put(f"/{kind}/{name}", {"name": name}).status == 200
    return f"/{kind}/{name}"


CASES: Dict[str, Callable[[Any, Dict[str, Any]], Resp]] = {
    "Detect.json": lambda c, ex: c.http.detect(ALICE, _detect_query(ex)),
    "DetectFromUrl.json": lambda c, ex: c.http.post("/detect?" + _detect_query(ex), {"url": c.blob}),
    "DetectFromSessionImageId.json": lambda c, ex: c.http.post("/detect?" + _detect_query(ex), {"sessionImageId": c.session_image}),
    # face lists
    "FaceListOperations_AddFaceListFaceFromStream.json": lambda c, ex: c.http.post("/facelists/main/persistedfaces?targetFace=394,54,78,78&detectionModel=detection_01&userData=u", data=ALICE),
    "FaceListOperations_AddFaceListFaceFromUrl.json": lambda c, ex: c.http.post("/facelists/main/persistedfaces?userData=u", {"url": c.blob}),
    "FaceListOperations_AddLargeFaceListFaceFromStream.json": lambda c, ex: c.http.post("/largefacelists/main/persistedfaces?targetFace=394,54,78,78&userData=u", data=ALICE),
    "FaceListOperations_AddLargeFaceListFaceFromUrl.json": lambda c, ex: c.http.post("/largefacelists/main/persistedfaces?userData=u", {"url": c.blob}),
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
    "GetOperationResult.json": lambda c, ex: c.http.get(c.operation),
    "FaceRecognitionOperations_IdentifyFromPersonDirectory.json": lambda c, ex: c.http.post("/identify", {"faceIds": c.faces[:1], "personIds": [c.pd_person], "maxNumOfCandidatesReturned": 9, "confidenceThreshold": 0.7}),
    "FaceRecognitionOperations_IdentifyFromDynamicPersonGroup.json": lambda c, ex: c.http.post("/identify", {"faceIds": c.faces[:1], "dynamicPersonGroupId": "main", "maxNumOfCandidatesReturned": 9, "confidenceThreshold": 0.7}),
    "FaceRecognitionOperations_VerifyFromPersonDirectory.json": lambda c, ex: c.http.post("/verify", {"faceId": c.faces[0], "personId": c.pd_person}),
    # the person directory
    "PersonDirectoryOperations_CreatePerson.json": lambda c, ex: c.http.post("/persons", ex["parameters"]["body"]),
    "PersonDirectoryOperations_GetPerson.json": lambda c, ex: c.http.get(f"/persons/{c.pd_person}"),
    "PersonDirectoryOperations_GetPersons.json": lambda c, ex: c.http.get("/persons?start=00000000-0000-0000-0000-000000000000&top=20"),
    "PersonDirectoryOperations_UpdatePerson.json": lambda c, ex: c.http.patch(f"/persons/{c.pd_person}", ex["parameters"]["body"]),
    "PersonDirectoryOperations_DeletePerson.json": lambda c, ex: c.http.delete("/persons/" + c.http.post("/persons", {"name": "tmp"}).json()["personId"]),
    "PersonDirectoryOperations_GetDynamicPersonGroupReferences.json": lambda c, ex: c.http.get(f"/persons/{c.pd_person}/dynamicPersonGroupReferences?start=00000000-0000-0000-0000-000000000000&top=20"),
    "PersonDirectoryOperations_AddPersonFaceFromUrl.json": lambda c, ex: c.http.post(c.pd_faces + "?targetFace=394,54,78,78&detectionModel=detection_01&userData=u", {"url": c.blob}),
    "PersonDirectoryOperations_GetPersonFace.json": lambda c, ex: c.http.get(f"{c.pd_faces}/{c.pd_face}"),
    "PersonDirectoryOperations_GetPersonFaces.json": lambda c, ex: c.http.get(c.pd_faces),
    "PersonDirectoryOperations_UpdatePersonFace.json": lambda c, ex: c.http.patch(f"{c.pd_faces}/{c.pd_face}", ex["parameters"]["body"]),
    "PersonDirectoryOperations_DeletePersonFace.json": lambda c, ex: c.http.delete(
        f"{c.pd_faces}/" + c.http.post(c.pd_faces, data=ALICE).json()["persistedFaceId"]),
    "PersonDirectoryOperations_CreateDynamicPersonGroup.json": lambda c, ex: c.http.put("/dynamicpersongroups/created", ex["parameters"]["body"]),
    "PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson.json": lambda c, ex: c.http.put(
        "/dynamicpersongroups/with-person", dict(ex["parameters"]["body"], addPersonIds=[c.pd_person])),
    "PersonDirectoryOperations_GetDynamicPersonGroup.json": lambda c, ex: c.http.get("/dynamicpersongroups/main"),
    "PersonDirectoryOperations_GetDynamicPersonGroups.json": lambda c, ex: c.http.get("/dynamicpersongroups?start=a&top=20"),
    "PersonDirectoryOperations_GetDynamicPersonGroupPersons.json": lambda c, ex: c.http.get("/dynamicpersongroups/main/persons?start=00000000-0000-0000-0000-000000000000&top=20"),
    "PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges.json": lambda c, ex: c.http.patch(
        "/dynamicpersongroups/main", dict(ex["parameters"]["body"], addPersonIds=[c.pd_person])),
    "PersonDirectoryOperations_DeleteDynamicPersonGroup.json": lambda c, ex: c.http.delete(_throwaway(c.http, "dynamicpersongroups", "gone")),
    # liveness
    "LivenessSessionOperations_CreateLivenessSession.json": lambda c, ex: c.http.post("/detectLiveness/singleModal/sessions", ex["parameters"]["body"]),
    "LivenessSessionOperations_CreateLivenessWithVerifySession.json": lambda c, ex: c.http.post("/detectLivenessWithVerify/singleModal/sessions", ex["parameters"]["body"]),
    "LivenessSessionOperations_CreateLivenessWithVerifySessionWithVerifyImage.json": lambda c, ex: _multipart_session(c.http, json.loads(ex["parameters"]["Parameters"])),
    "LivenessSessionOperations_DeleteLivenessSession.json": lambda c, ex: c.http.delete(
        "/detectLiveness/singleModal/sessions/" + c.http.post("/detectLiveness/singleModal/sessions", {"livenessOperationMode": "Passive", "deviceCorrelationId": "x"}).json()["sessionId"]),
    "LivenessSessionOperations_GetLivenessSessionAuditEntries.json": lambda c, ex: c.http.get(f"/detectLiveness/singleModal/sessions/{c.session}/audit?start=0&top=20"),
    "LivenessSessionOperations_GetLivenessSessionResult.json": lambda c, ex: c.http.get(f"/detectLiveness/singleModal/sessions/{c.session}"),
    "LivenessSessionOperations_GetLivenessSessions.json": lambda c, ex: c.http.get("/detectLiveness/singleModal/sessions?top=20"),
    "LivenessSessionOperations_GetLivenessWithVerifySessionAuditEntries.json": lambda c, ex: c.http.get(f"/detectLivenessWithVerify/singleModal/sessions/{c.verify_session}/audit?start=0&top=20"),
    "LivenessSessionOperations_GetLivenessWithVerifySessions.json": lambda c, ex: c.http.get("/detectLivenessWithVerify/singleModal/sessions?top=20"),
    "LivenessSessionOperations_GetSessionImage.json": lambda c, ex: c.http.get(f"/session/sessionImages/{c.session_image}"),
    # person groups
    "PersonGroupOperations_AddLargePersonGroupPersonFaceFromStream.json": lambda c, ex: c.http.post(f"/largepersongroups/main/persons/{c.lpg_person}/persistedfaces?targetFace=394,54,78,78&detectionModel=detection_01&userData=u", data=ALICE),
    "PersonGroupOperations_AddPersonGroupPersonFaceFromStream.json": lambda c, ex: c.http.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces?targetFace=394,54,78,78", data=ALICE),
    "PersonGroupOperations_AddPersonGroupPersonFaceFromUrl.json": lambda c, ex: c.http.post(f"/persongroups/main/persons/{c.pg_person}/persistedfaces", {"url": c.blob}),
    "PersonGroupOperations_CreateLargePersonGroup.json": lambda c, ex: c.http.put("/largepersongroups/created", ex["parameters"]["body"]),
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
}

# The FindSimilar example shows 'persistedFaceId' for a faceIds query; the
# service answers candidate faceIds with 'faceId' (persistedFaceId is for lists).
IGNORED_KEYS = {
    "FaceRecognitionOperations_FindSimilar.json": ("persistedFaceId",),
    "FaceRecognitionOperations_FindSimilarFromFaceList.json": ("faceId",),
    "FaceRecognitionOperations_FindSimilarFromLargeFaceList.json": ("faceId",),
    # Sessions that have not started yet carry no sessionStartDateTime.
    "LivenessSessionOperations_GetLivenessSessions.json": ("sessionStartDateTime",),
    "LivenessSessionOperations_GetLivenessWithVerifySessions.json": ("sessionStartDateTime",),
}


def test_every_implemented_example_has_a_case():
    implemented_prefixes = ("Detect", "FaceList", "FaceRecognition", "GetOperation", "Liveness", "PersonGroup",
                            "PersonDirectory")
    relevant = {f for f in EXAMPLES if f.startswith(implemented_prefixes)}
    assert relevant - set(CASES) == set()
    assert len(CASES) >= 91


@pytest.mark.parametrize("name", sorted(CASES))
def test_response_matches_example_and_schema(ctx, name):
    entry = EXAMPLES[name]
    example, op = entry["example"], entry["op"]
    resp = CASES[name](ctx, example)
    (status, expected), = example["responses"].items()
    assert resp.status == int(status), resp.body
    for header in (expected.get("headers") or {}):
        assert resp.header(header), f"missing header {header}"
    if resp.header("Content-Type") == "application/octet-stream":
        assert "imageContent" in expected and resp.body
        assert op["responses"][status]["schema"]["type"] == "file"
        return
    assert resp.header("Content-Type") == "application/json; charset=utf-8"
    if "body" not in expected:
        assert resp.body == b""
        return
    body = resp.json()
    check_shape(expected["body"], body, ignore=IGNORED_KEYS.get(name, ()))
    check_schema(op["responses"][status]["schema"], body)
    if isinstance(body, list):
        assert body, "expected a non-empty list to compare against the example"


def test_a_person_directory_operation_status_matches_the_schema(ctx):
    """Its status follows OperationResult; once a creation succeeded it also says where the result is read
    (``resourceLocation``, beyond the schema, as Azure's long-running operation guidelines have it)."""
    op = SPEC["paths"]["/operations/{operationId}"]["get"]
    location = ctx.http.post("/persons", {"name": "status"}).header("operation-Location")
    body = ctx.http.get(location).json()
    assert body["status"] == "succeeded"
    person_url = body.pop("resourceLocation")
    check_schema(op["responses"]["200"]["schema"], body)
    person = ctx.http.get(person_url)
    assert person.status == 200 and person.json()["name"] == "status"
    location = ctx.http.delete(person_url).header("operation-Location")
    deleted = ctx.http.get(location).json()
    assert deleted["status"] == "succeeded" and "resourceLocation" not in deleted
    check_schema(op["responses"]["200"]["schema"], deleted)
