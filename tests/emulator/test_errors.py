"""Error behaviour: codes, statuses and the single error shape."""

from __future__ import annotations

import uuid

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

ALICE = make_face_image([FaceSpec("alice")])


def _assert_error(r, status, code):
    assert r.status == status, r.body
    assert r.header("Content-Type") == "application/json; charset=utf-8"
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    assert r.header("x-ms-error-code") == code
    assert r.header("apim-request-id")


def test_not_found_codes(http: Http):
    missing = str(uuid.uuid4())
    _assert_error(http.get("/largepersongroups/nope"), 404, "LargePersonGroupNotFound")
    _assert_error(http.get("/persongroups/nope"), 404, "PersonGroupNotFound")
    _assert_error(http.get("/largefacelists/nope"), 404, "LargeFaceListNotFound")
    _assert_error(http.get("/facelists/nope"), 404, "FaceListNotFound")
    http.put("/largepersongroups/g", {"name": "g"})
    _assert_error(http.get(f"/largepersongroups/g/persons/{missing}"), 404, "PersonNotFound")
    pid = http.post("/largepersongroups/g/persons", {"name": "p"}).json()["personId"]
    _assert_error(http.get(f"/largepersongroups/g/persons/{pid}/persistedfaces/{missing}"), 404, "PersistedFaceNotFound")
    http.put("/largefacelists/l", {"name": "l"})
    _assert_error(http.get(f"/largefacelists/l/persistedfaces/{missing}"), 404, "PersistedFaceNotFound")
    _assert_error(http.get("/largefacelists/l/training"), 404, "LargeFaceListNotTrained")
    _assert_error(http.post("/verify", {"faceId1": missing, "faceId2": missing}), 404, "FaceNotFound")
    _assert_error(http.get(f"/operations/{missing}"), 404, "OperationNotFound")
    _assert_error(http.get(f"/detectLiveness/singleModal/sessions/{missing}"), 404, "SessionNotFound")
    _assert_error(http.get(f"/detectLivenessWithVerify/singleModal/sessions/{missing}/audit"), 404, "SessionNotFound")
    _assert_error(http.get(f"/session/sessionImages/{missing}"), 404, "SessionImageNotFound")
    _assert_error(http.get("/no/such/route"), 404, "404")
    _assert_error(http.get("/largepersongroups", version="v9.9"), 404, "404")
    _assert_error(http.call("GET", "/elsewhere", absolute=True), 404, "404")


def test_conflicts_and_ids(http: Http):
    assert http.put("/largepersongroups/dup", {"name": "a"}).status == 200
    _assert_error(http.put("/largepersongroups/dup", {"name": "a"}), 409, "LargePersonGroupExists")
    http.put("/largefacelists/dup", {"name": "a"})
    _assert_error(http.put("/largefacelists/dup", {"name": "a"}), 409, "LargeFaceListExists")
    for bad in ("UPPER", "a" * 65, "sp%20ace", "d.ot"):
        _assert_error(http.put(f"/largepersongroups/{bad}", {"name": "a"}), 400, "BadArgument")
    assert http.put("/largepersongroups/" + "a" * 64, {"name": "a"}).status == 200
    _assert_error(http.get("/largepersongroups/dup/persons/not-a-guid"), 400, "BadArgument")


def test_bodies_are_validated(http: Http):
    _assert_error(http.put("/largepersongroups/g", data=b"{not json", content_type="application/json"), 400, "BadArgument")
    _assert_error(http.put("/largepersongroups/g", json=[1, 2]), 400, "BadArgument")
    r = http.put("/largepersongroups/g", {"userData": "x"})
    _assert_error(r, 400, "BadArgument")
    assert "name" in r.json()["error"]["message"]
    _assert_error(http.put("/largepersongroups/g", {"name": "n" * 129}), 400, "BadArgument")
    _assert_error(http.put("/largepersongroups/g", {"name": "n", "userData": "u" * 16385}), 400, "BadArgument")
    _assert_error(http.put("/largepersongroups/g", {"name": "n", "recognitionModel": "recognition_99"}), 400, "BadArgument")
    assert http.put("/largepersongroups/g", {"name": "n", "userData": "u" * 16384}).status == 200
    r = http.post("/identify", {"largePersonGroupId": "g"})
    _assert_error(r, 400, "BadArgument")
    assert "faceIds" in r.json()["error"]["message"]
    fid = http.face_id(ALICE)
    _assert_error(http.post("/identify", {"faceIds": [fid] * 2, "largePersonGroupId": "g"}), 400, "BadArgument")
    _assert_error(http.post("/identify", {"faceIds": [str(uuid.uuid4()) for _ in range(11)], "largePersonGroupId": "g"}), 400, "BadArgument")
    _assert_error(http.post("/identify", {"faceIds": [fid]}), 400, "BadArgument")
    _assert_error(http.post("/identify", {"faceIds": [fid], "largePersonGroupId": "g", "maxNumOfCandidatesReturned": 101}), 400, "BadArgument")
    _assert_error(http.post("/findsimilars", {"faceId": fid}), 400, "BadArgument")
    _assert_error(http.post("/findsimilars", {"faceId": fid, "faceIds": [fid], "maxNumOfCandidatesReturned": 0}), 400, "BadArgument")
    _assert_error(http.get("/largepersongroups?top=0"), 400, "BadArgument")
    _assert_error(http.get("/largepersongroups?top=1001"), 400, "BadArgument")


def test_recognition_model_mismatch(http: Http):
    http.put("/largepersongroups/g4", {"name": "g", "recognitionModel": "recognition_04"})
    http.post("/largepersongroups/g4/train")
    fid = http.face_id(ALICE, model="recognition_03")
    _assert_error(http.post("/identify", {"faceIds": [fid], "largePersonGroupId": "g4"}), 400, "BadArgument")
    other = http.face_id(ALICE, model="recognition_04")
    _assert_error(http.post("/verify", {"faceId1": fid, "faceId2": other}), 400, "BadArgument")


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "InvalidImageSize"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "InvalidImageSize"),
        (b"not an image" * 200, "InvalidImage"),
        (make_face_image([], width=20, height=20), "InvalidImageSize"),
        (make_face_image([], width=4100, height=40, format="jpeg"), "InvalidImageSize"),
        (b"\xff\xd8\xff" + b"\x00" * (6 * 1024 * 1024), "InvalidImageSize"),
    ],
)
def test_bad_images(http: Http, data, code):
    _assert_error(http.detect(data), 400, code)


def test_add_face_needs_exactly_one_face(http: Http):
    http.put("/largefacelists/l", {"name": "l"})
    two = make_face_image([FaceSpec("a", 10, 10, 100, 100), FaceSpec("b", 200, 300, 100, 100)])
    _assert_error(http.post("/largefacelists/l/persistedfaces", data=two), 400, "InvalidImage")
    _assert_error(http.post("/largefacelists/l/persistedfaces", data=make_face_image([])), 400, "InvalidImage")
    assert http.post("/largefacelists/l/persistedfaces?targetFace=290,0,200,300", data=two).status == 200
    _assert_error(http.post("/largefacelists/l/persistedfaces?targetFace=0,0,10", data=two), 400, "BadArgument")
    _assert_error(http.post("/largefacelists/l/persistedfaces?targetFace=600,0,100,100", data=two), 400, "BadArgument")
    _assert_error(http.post("/largefacelists/l/persistedfaces?userData=" + "u" * 1025, data=ALICE), 400, "BadArgument")


def test_auth(emu):
    http = Http(emu)
    _assert_error(http.get("/largepersongroups", key=None), 401, "401")
    r = http.get("/largepersongroups", key="wrong")
    _assert_error(r, 401, "401")
    assert "invalid subscription key" in r.json()["error"]["message"]
    _assert_error(http.get("/largepersongroups", key=None, headers={"Authorization": "Bearer nope"}), 401, "401")
    _assert_error(http.call("POST", "/_emulator/reset", key=None, absolute=True), 401, "401")
    with FaceEmulator(bearer_tokens=("tok",)) as other:
        h = Http(other)
        assert h.get("/largepersongroups", key=None, headers={"Authorization": "Bearer tok"}).status == 200
        assert h.get("/largepersongroups", key=None, headers={"Authorization": "Bearer bad"}).status == 401


def test_expired_face_id(http: Http, emu):
    r = http.detect(ALICE, "faceIdTimeToLive=60")
    fid = r.json()[0]["faceId"]
    other = http.face_id(ALICE, model="recognition_01")
    assert http.post("/verify", {"faceId1": fid, "faceId2": other}).status == 200
    emu.store.faces[fid]["expires"] -= 61  # let the clock "pass" the time to live
    _assert_error(http.post("/verify", {"faceId1": fid, "faceId2": other}), 404, "FaceNotFound")
    _assert_error(http.post("/group", {"faceIds": [other, fid]}), 404, "FaceNotFound")
