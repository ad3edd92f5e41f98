"""Scripted end-to-end flows over raw HTTP, written from the REST contract only."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

ALICE = make_face_image([FaceSpec("alice")], format="jpeg")
ALICE2 = make_face_image([FaceSpec("alice", 100, 200, 160, 160)], format="png")
BOB = make_face_image([FaceSpec("bob")], format="png")
CAROL = make_face_image([FaceSpec("carol")], format="bmp")


def _train(http: Http, path: str) -> dict:
    r = http.post(path + "/train")
    assert r.status == 202 and r.body == b""
    location = r.header("operation-Location")
    assert location and f"/face/{http.version}/operations/" in location
    return http.wait_operation(location)


def test_large_person_group_identify_and_verify(http: Http):
    g = "/largepersongroups/team-1"
    assert http.put(g, {"name": "Team", "userData": "ud", "recognitionModel": "recognition_04"}).status == 200
    persons = {}
    for name, images in (("alice", [ALICE, ALICE2]), ("bob", [BOB])):
        r = http.post(g + "/persons", {"name": name})
        assert r.status == 200
        pid = r.json()["personId"]
        uuid.UUID(pid)
        persons[name] = pid
        for img in images:
            r = http.post(f"{g}/persons/{pid}/persistedfaces?detectionModel=detection_03&userData=x", data=img)
            assert r.status == 200, r.body
            uuid.UUID(r.json()["persistedFaceId"])

    r = http.get(g + "/persons")
    listed = r.json()
    assert [p["personId"] for p in listed] == sorted(persons.values())
    alice = next(p for p in listed if p["name"] == "alice")
    assert len(alice["persistedFaceIds"]) == 2

    # Identify before training fails.
    query_face = http.face_id(ALICE)
    r = http.post("/identify", {"faceIds": [query_face], "largePersonGroupId": "team-1"})
    assert (r.status, r.error_code) == (400, "LargePersonGroupNotTrained")

    op = _train(http, g)
    assert op["status"] == "succeeded"
    assert set(op) >= {"operationId", "status", "createdTime", "lastActionTime", "finishedTime", "message"}
    training = http.get(g + "/training").json()
    assert training["status"] == "succeeded"
    assert training["lastSuccessfulTrainingDateTime"].endswith("Z")

    faces = [http.face_id(ALICE), http.face_id(BOB), http.face_id(CAROL)]
    r = http.post("/identify", {"faceIds": faces, "largePersonGroupId": "team-1", "maxNumOfCandidatesReturned": 5})
    assert r.status == 200
    results = {res["faceId"]: res["candidates"] for res in r.json()}
    assert [c["personId"] for c in results[faces[0]]] == [persons["alice"]]
    assert results[faces[0]][0]["confidence"] >= 0.9
    assert [c["personId"] for c in results[faces[1]]] == [persons["bob"]]
    assert results[faces[2]] == []
    low = http.post("/identify", {"faceIds": [faces[2]], "largePersonGroupId": "team-1", "confidenceThreshold": 0})
    assert len(low.json()[0]["candidates"]) == 2

    r = http.post("/verify", {"faceId": faces[0], "largePersonGroupId": "team-1", "personId": persons["alice"]})
    assert r.json()["isIdentical"] is True and r.json()["confidence"] >= 0.9
    r = http.post("/verify", {"faceId": faces[1], "largePersonGroupId": "team-1", "personId": persons["alice"]})
    assert r.json()["isIdentical"] is False and r.json()["confidence"] < 0.5
    r = http.post("/verify", {"faceId1": faces[0], "faceId2": http.face_id(ALICE2)})
    assert r.json() == {"isIdentical": True, "confidence": r.json()["confidence"]}

    # Faces added after training are not used until the group is retrained.
    dave = http.post(g + "/persons", {"name": "dave"}).json()["personId"]
    http.post(f"{g}/persons/{dave}/persistedfaces", data=make_face_image([FaceSpec("dave")]))
    dave_face = http.face_id(make_face_image([FaceSpec("dave")]))
    assert http.post("/identify", {"faceIds": [dave_face], "largePersonGroupId": "team-1"}).json()[0]["candidates"] == []
    _train(http, g)
    assert http.post("/identify", {"faceIds": [dave_face], "largePersonGroupId": "team-1"}).json()[0]["candidates"][0][
        "personId"
    ] == dave

    # Person and face CRUD.
    pf = alice["persistedFaceIds"][0]
    assert http.get(f"{g}/persons/{persons['alice']}/persistedfaces/{pf}").json() == {"persistedFaceId": pf, "userData": "x"}
    assert http.patch(f"{g}/persons/{persons['alice']}/persistedfaces/{pf}", {"userData": "y"}).status == 200
    assert http.get(f"{g}/persons/{persons['alice']}/persistedfaces/{pf}").json()["userData"] == "y"
    assert http.delete(f"{g}/persons/{persons['alice']}/persistedfaces/{pf}").status == 200
    assert http.get(f"{g}/persons/{persons['alice']}/persistedfaces/{pf}").error_code == "PersistedFaceNotFound"
    assert http.patch(f"{g}/persons/{persons['bob']}", {"name": "Robert"}).status == 200
    assert http.get(f"{g}/persons/{persons['bob']}").json()["name"] == "Robert"
    assert http.delete(f"{g}/persons/{persons['bob']}").status == 200
    assert http.get(f"{g}/persons/{persons['bob']}").error_code == "PersonNotFound"

    # Group CRUD.
    assert http.get(g).json() == {"largePersonGroupId": "team-1", "name": "Team", "userData": "ud"}
    assert http.get(g + "?returnRecognitionModel=true").json()["recognitionModel"] == "recognition_04"
    assert http.patch(g, {"name": "Renamed"}).status == 200
    assert http.get("/largepersongroups").json()[0]["name"] == "Renamed"
    assert http.delete(g).status == 200
    assert http.get(g).error_code == "LargePersonGroupNotFound"


def test_training_failure_and_empty_group(http: Http):
    http.put("/largepersongroups/bad", {"name": "b", "userData": "please emulator:fail-training"})
    op = _train(http, "/largepersongroups/bad")
    assert op["status"] == "failed" and "emulator:fail-training" in op["message"]
    status = http.get("/largepersongroups/bad/training").json()
    assert status["status"] == "failed" and status["lastSuccessfulTrainingDateTime"] is None
    http.put("/largepersongroups/empty", {"name": "e"})
    assert _train(http, "/largepersongroups/empty")["status"] == "succeeded"


def test_large_face_list_find_similar_and_group(http: Http):
    lfl = "/largefacelists/lfl"
    assert http.put(lfl, {"name": "list", "recognitionModel": "recognition_04"}).status == 200
    added = {}
    for ident, img in (("alice", ALICE), ("alice2", ALICE2), ("bob", BOB)):
        added[ident] = http.post(lfl + "/persistedfaces?userData=" + ident, data=img).json()["persistedFaceId"]
    faces = http.get(lfl + "/persistedfaces?top=2").json()
    assert len(faces) == 2 and faces == sorted(faces, key=lambda f: f["persistedFaceId"])
    rest = http.get(lfl + "/persistedfaces?start=" + faces[-1]["persistedFaceId"]).json()
    assert len(rest) == 1
    q = http.face_id(ALICE)
    r = http.post("/findsimilars", {"faceId": q, "largeFaceListId": "lfl"})
    assert (r.status, r.error_code) == (400, "LargeFaceListNotTrained")
    assert _train(http, lfl)["status"] == "succeeded"
    r = http.post("/findsimilars", {"faceId": q, "largeFaceListId": "lfl"})
    assert sorted(x["persistedFaceId"] for x in r.json()) == sorted([added["alice"], added["alice2"]])
    r = http.post("/findsimilars", {"faceId": q, "largeFaceListId": "lfl", "mode": "matchFace", "maxNumOfCandidatesReturned": 3})
    assert len(r.json()) == 3 and r.json()[0]["confidence"] >= r.json()[-1]["confidence"]

    ids = [http.face_id(i) for i in (ALICE, ALICE2, BOB, CAROL, BOB)]
    r = http.post("/findsimilars", {"faceId": ids[0], "faceIds": ids[1:]})
    assert [x["faceId"] for x in r.json()] == [ids[1]]
    r = http.post("/group", {"faceIds": ids})
    body = r.json()
    assert sorted(map(sorted, body["groups"])) == sorted([sorted(ids[0:2]), sorted([ids[2], ids[4]])])
    assert body["messyGroup"] == [ids[3]]

    # Recognition model mismatch.
    old = http.face_id(ALICE, model="recognition_01")
    r = http.post("/findsimilars", {"faceId": old, "largeFaceListId": "lfl"})
    assert (r.status, r.error_code) == (400, "BadArgument")


def test_face_lists_and_person_groups(http: Http):
    assert http.put("/facelists/fl", {"name": "fl"}).status == 200
    fid = http.post("/facelists/fl/persistedfaces", data=ALICE).json()["persistedFaceId"]
    body = http.get("/facelists/fl").json()
    assert body["persistedFaces"] == [{"persistedFaceId": fid, "userData": None}]
    q = http.face_id(ALICE2, model="recognition_01")
    r = http.post("/findsimilars", {"faceId": q, "faceListId": "fl"})
    assert r.json()[0]["persistedFaceId"] == fid
    assert http.delete(f"/facelists/fl/persistedfaces/{fid}").status == 200
    assert http.get("/facelists").json() == [{"faceListId": "fl", "name": "fl", "userData": None}]

    http.put("/persongroups/pg", {"name": "pg"})
    pid = http.post("/persongroups/pg/persons", {"name": "alice"}).json()["personId"]
    http.post(f"/persongroups/pg/persons/{pid}/persistedfaces", data=ALICE)
    assert _train(http, "/persongroups/pg")["status"] == "succeeded"
    r = http.post("/identify", {"faceIds": [q], "personGroupId": "pg"})
    assert r.json()[0]["candidates"][0]["personId"] == pid
    r = http.post("/verify", {"faceId": q, "personGroupId": "pg", "personId": pid})
    assert r.json()["isIdentical"] is True


def test_detect_options(http: Http):
    img = make_face_image([FaceSpec("big", 50, 50, 200, 200), FaceSpec("small", 300, 400, 60, 60, quality="low")])
    r = http.detect(img, "returnFaceId=false")
    assert r.json() == [
        {"faceRectangle": {"top": 50, "left": 50, "width": 200, "height": 200}},
        {"faceRectangle": {"top": 300, "left": 400, "width": 60, "height": 60}},
    ]
    r = http.detect(
        img,
        "detectionModel=detection_01&recognitionModel=recognition_04&returnRecognitionModel=true"
        "&returnFaceLandmarks=true&returnFaceAttributes=headPose,glasses,occlusion,accessories,blur,exposure,noise,qualityForRecognition",
    )
    first, second = r.json()
    assert first["recognitionModel"] == "recognition_04" and len(first["faceLandmarks"]) == 27
    assert set(first["faceAttributes"]) == {
        "headPose", "glasses", "occlusion", "accessories", "blur", "exposure", "noise", "qualityForRecognition"
    }
    assert second["faceAttributes"]["qualityForRecognition"] == "low"
    r = http.detect(img, "detectionModel=detection_03&returnFaceAttributes=mask,blur,headPose")
    assert set(r.json()[0]["faceAttributes"]) == {"mask", "blur", "headPose"}
    for query in (
        "detectionModel=detection_02&returnFaceAttributes=blur",
        "detectionModel=detection_03&returnFaceAttributes=glasses",
        "detectionModel=detection_01&returnFaceAttributes=mask",
        "returnFaceAttributes=qualityForRecognition&recognitionModel=recognition_01",
        "returnFaceAttributes=emotion",
        "detectionModel=detection_02&returnFaceLandmarks=true",
        "detectionModel=detection_09",
        "faceIdTimeToLive=59",
        "faceIdTimeToLive=86401",
        "returnFaceId=maybe",
    ):
        r = http.detect(img, query)
        assert (r.status, r.error_code) == (400, "BadArgument"), query
    assert http.detect(make_face_image([])).json() == []


def test_detect_from_urls(http: Http, emu):
    data_url = "data:image/png;base64," + base64.b64encode(ALICE2).decode()
    assert len(http.post("/detect", {"url": data_url}).json()) == 1
    blob = http.call("PUT", "/_emulator/blobs/alice.jpg", data=ALICE, absolute=True)
    assert blob.status == 201
    assert http.call("GET", "/_emulator/blobs/alice.jpg", key=None, absolute=True).body == ALICE
    assert http.post("/detect", {"url": emu.blob_url("alice.jpg")}).status == 200
    url = emu.put_blob("bob.png", BOB)
    r = http.post("/largefacelists/l/persistedfaces", {"url": url})
    assert r.error_code == "LargeFaceListNotFound"
    http.put("/largefacelists/l", {"name": "l"})
    assert http.post("/largefacelists/l/persistedfaces?targetFace=10,10,200,200", {"url": url}).status == 200
    r = http.post("/detect", {"url": "https://example.com/face.jpg"})
    assert (r.status, r.error_code) == (400, "InvalidURL")
    r = http.post("/detect", {"url": emu.blob_url("missing.png")})
    assert (r.status, r.error_code) == (400, "InvalidURL")
    # A loopback URL served by another local HTTP server is fetched for real.
    class _H(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", str(len(CAROL)))
            self.end_headers()
            self.wfile.write(CAROL)

        def log_message(self, *a):
            pass

    srv = HTTPServer(("127.0.0.1", 0), _H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        r = http.post("/detect?returnFaceId=false", {"url": f"http://127.0.0.1:{srv.server_address[1]}/carol.bmp"})
        assert r.status == 200 and len(r.json()) == 1
    finally:
        srv.shutdown()
        srv.server_close()
        t.join()


def test_liveness_session_flow(http: Http, emu):
    base = "/detectLiveness/singleModal/sessions"
    r = http.post(base, {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev-1", "authTokenTimeToLiveInSeconds": 120,
                         "enableSessionImage": True})
    assert r.status == 200
    session_id, token = r.json()["sessionId"], r.json()["authToken"]
    assert token
    s = http.get(f"{base}/{session_id}").json()
    assert s["status"] == "NotStarted" and s["sessionExpired"] is False and "result" not in s
    assert s["deviceCorrelationId"] == "dev-1" and s["authTokenTimeToLiveInSeconds"] == 120

    entry = emu.submit_liveness_attempt(session_id, decision="spoofface")
    s = http.get(f"{base}/{session_id}").json()
    assert s["status"] == "ResultAvailable"
    assert s["result"] == entry
    assert s["result"]["response"]["body"]["livenessDecision"] == "spoofface"
    assert "verifyResult" not in s["result"]["response"]["body"]

    r = http.call("POST", f"/_emulator/liveness/{session_id}/attempt", json={"decision": "realface"}, absolute=True)
    assert r.status == 200 and r.json()["id"] > entry["id"]
    audit = http.get(f"{base}/{session_id}/audit").json()
    assert [a["id"] for a in audit] == [entry["id"], r.json()["id"]]
    assert http.get(f"{base}/{session_id}/audit?start={entry['id']}").json()[0]["id"] == r.json()["id"]
    assert len(http.get(f"{base}/{session_id}/audit?top=1").json()) == 1

    image_id = audit[-1]["sessionImageId"]
    img = http.get(f"/session/sessionImages/{image_id}")
    assert img.status == 200 and img.header("Content-Type") == "application/octet-stream"
    assert hashlib.sha256(img.body).hexdigest().upper() == audit[-1]["digest"]
    r = http.post("/detect?recognitionModel=recognition_04", {"sessionImageId": image_id})
    assert r.status == 200 and len(r.json()) == 1
    assert http.post("/detect", {"sessionImageId": image_id}, version="v1.1-preview.1").error_code == "BadArgument"

    listed = http.get(base).json()
    assert [x["id"] for x in listed] == [session_id] and "status" not in listed[0]
    assert http.delete(f"{base}/{session_id}").status == 200
    assert http.get(f"{base}/{session_id}").error_code == "SessionNotFound"


def test_liveness_with_verify_multipart_and_json(http: Http, emu):
    base = "/detectLivenessWithVerify/singleModal/sessions"
    params = {"livenessOperationMode": "PassiveActive", "deviceCorrelationId": "d", "returnVerifyImageHash": True}
    boundary = "----emulatorboundary"
    verify = make_face_image([FaceSpec("alice", 54, 394, 78, 78)], format="jpeg")
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="Parameters"\r\nContent-Type: application/json\r\n\r\n'
        f"{json.dumps(params)}\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="VerifyImage"; filename="VerifyImage"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + verify + f"\r\n--{boundary}--\r\n".encode()
    r = http.post(base, data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert r.status == 200, r.body
    created = r.json()
    assert created["verifyImage"] == {
        "faceRectangle": {"top": 54, "left": 394, "width": 78, "height": 78},
        "qualityForRecognition": "high",
    }
    sid = created["sessionId"]
    entry = emu.submit_liveness_attempt(sid)
    vr = entry["response"]["body"]["verifyResult"]
    assert vr["isIdentical"] is True and vr["matchConfidence"] >= 0.9
    assert entry["verifyImageHash"] == hashlib.sha256(verify).hexdigest()
    entry = emu.submit_liveness_attempt(sid, decision="uncertain", verify_match=False)
    vr = entry["response"]["body"]["verifyResult"]
    assert vr["isIdentical"] is False and vr["matchConfidence"] < 0.5
    result = http.get(f"{base}/{sid}").json()["result"]
    assert result["response"]["body"]["livenessDecision"] == "uncertain"

    r = http.post(base, {"livenessOperationMode": "Passive", "deviceCorrelationIdSetInClient": True})
    assert r.status == 200 and "verifyImage" not in r.json()

    no_face = make_face_image([], format="png")
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="Parameters"\r\n\r\n{json.dumps(params)}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="VerifyImage"; filename="v"\r\n\r\n'
    ).encode() + no_face + f"\r\n--{boundary}--\r\n".encode()
    r = http.post(base, data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert (r.status, r.error_code) == (400, "InvalidImage")

    for bad in (
        {},
        {"livenessOperationMode": "Active", "deviceCorrelationId": "d"},
        {"livenessOperationMode": "Passive"},
        {"livenessOperationMode": "Passive", "deviceCorrelationId": "d", "authTokenTimeToLiveInSeconds": 59},
    ):
        assert http.post(base, bad).error_code == "BadArgument", bad


def test_v1_0_tutorial_flow(emu):
    """The GA-era flow of the tutorial: /face/v1.0, trailing slashes, '/persistedFaces' casing."""
    http = Http(emu, version="v1.0")
    base = "/largepersongroups/demo_intrusos"
    assert http.put(base, {"name": "demo_intrusos", "recognitionModel": "recognition_02"}).status == 200
    listed = http.get("/largepersongroups/?returnRecognitionModel=True").json()
    assert listed == [
        {"recognitionModel": "recognition_02", "largePersonGroupId": "demo_intrusos", "name": "demo_intrusos", "userData": None}
    ]
    r = http.get(base + "/training")
    assert r.status == 404 and r.json()["error"]["code"] == "LargePersonGroupNotTrained"
    pid = http.post(base + "/persons/", {"name": "usuario_demo"}).json()["personId"]
    assert http.get(base + "/persons").json() == [
        {"personId": pid, "persistedFaceIds": [], "name": "usuario_demo", "userData": None}
    ]
    r = http.post(f"{base}/persons/{pid}/persistedFaces?detectionModel=detection_02", data=ALICE)
    assert r.status == 200
    assert http.post(base + "/train").status == 202
    import time

    deadline = time.time() + 5
    while http.get(base + "/training").json()["status"] != "succeeded":
        assert time.time() < deadline
        time.sleep(0.02)
    status = http.get(base + "/training").json()
    assert set(status) == {"status", "createdDateTime", "lastActionDateTime", "message", "lastSuccessfulTrainingDateTime"}
    r = http.post("/detect?returnFaceId=true&returnFaceLandmarks=false&recognitionModel=recognition_02", data=ALICE2)
    face_id = r.json()[0]["faceId"]
    r = http.post("/identify", {"faceIds": [face_id], "largePersonGroupId": "demo_intrusos"})
    assert r.json()[0]["candidates"][0]["personId"] == pid
    # Liveness is not part of v1.0.
    assert http.get("/detectLiveness/singleModal/sessions").status == 404
