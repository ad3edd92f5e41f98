"""GA API behaviour (``/face/v1.2``) beyond the contract shapes: liveness rules, removed routes, training polls."""

from __future__ import annotations

import hashlib
import logging
import time

import pytest

from azure.ai.vision.face.emulator import FaceEmulator, FaceServiceError
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http
from tests.emulator.test_contract_ga import create_verify_session, verify_session_form

GA = "v1.2"
PREVIEW = "v1.2-preview.1"
ALICE = make_face_image([FaceSpec("alice", 54, 394, 78, 78)], format="jpeg")
PARAMS = {"livenessOperationMode": "Passive", "deviceCorrelationId": "device-1"}


@pytest.fixture
def ga(emu) -> Http:
    return Http(emu, version=GA)


def _session(ga: Http, **extra) -> str:
    r = ga.post("/detectLiveness-sessions", {**PARAMS, **extra})
    assert r.status == 200, r.body
    return r.json()["sessionId"]


def test_liveness_session_lifecycle_with_attempts(ga: Http, emu):
    created = ga.post("/detectLiveness-sessions", {**PARAMS, "enableSessionImage": True}).json()
    assert created["status"] == "NotStarted" and created["results"] == {"attempts": []}
    assert created["modelVersion"] == "2024-11-15" and created["authToken"]
    sid = created["sessionId"]

    failed = emu.submit_liveness_attempt(sid, error="FaceWithMaskDetected")
    assert failed["attemptId"] == 1 and failed["attemptStatus"] == "Failed"
    assert failed["error"]["code"] == "FaceWithMaskDetected" and "faceRectangle" in failed["error"]["targets"]["color"]
    assert ga.get(f"/detectLiveness-sessions/{sid}").json()["status"] == "Running"

    ok = emu.submit_liveness_attempt(sid, decision="spoofface")
    session = ga.get(f"/detectLiveness-sessions/{sid}").json()
    assert session["status"] == "Succeeded" and session["authToken"] == created["authToken"]
    assert [a["attemptId"] for a in session["results"]["attempts"]] == [2, 1]
    result = session["results"]["attempts"][0]["result"]
    assert result == ok["result"] and result["livenessDecision"] == "spoofface"
    assert set(result) == {"livenessDecision", "targets", "digest", "sessionImageId"}

    image = ga.get(f"/sessionImages/{result['sessionImageId']}")
    assert image.status == 200 and image.header("Content-Type") == "application/octet-stream"
    assert hashlib.sha256(image.body).hexdigest().upper() == result["digest"]
    detected = ga.post("/detect?recognitionModel=recognition_04", {"sessionImageId": result["sessionImageId"]})
    assert detected.status == 200 and len(detected.json()) == 1

    deleted = ga.delete(f"/detectLiveness-sessions/{sid}")
    assert deleted.status == 204 and deleted.body == b""
    assert ga.get(f"/detectLiveness-sessions/{sid}").error_code == "SessionNotFound"
    assert ga.delete(f"/detectLiveness-sessions/{sid}").status == 404


def test_without_enable_session_image_no_image_is_stored_or_reported(ga: Http, emu):
    sid = _session(ga)
    attempt = emu.submit_liveness_attempt(sid)
    assert "sessionImageId" not in attempt["result"]
    assert emu.store.session_images == {}
    preview = Http(emu, version=PREVIEW)
    psid = preview.post("/detectLiveness/singleModal/sessions", PARAMS).json()["sessionId"]
    entry = emu.submit_liveness_attempt(psid)
    assert "sessionImageId" not in entry and emu.store.session_images == {}
    psid = preview.post("/detectLiveness/singleModal/sessions", {**PARAMS, "enableSessionImage": True}).json()["sessionId"]
    assert emu.submit_liveness_attempt(psid)["sessionImageId"] in emu.store.session_images


def test_with_verify_session_from_multipart_form(ga: Http, emu):
    r = create_verify_session(
        ga, {**PARAMS, "returnVerifyImageHash": True, "verifyConfidenceThreshold": 0.4, "authTokenTimeToLiveInSeconds": 120}
    )
    assert r.status == 200, r.body
    created = r.json()
    assert created["results"]["attempts"] == []
    assert created["results"]["verifyReferences"] == [
        {"referenceType": "Color", "faceRectangle": {"top": 54, "left": 394, "width": 78, "height": 78}, "qualityForRecognition": "high"}
    ]
    sid = created["sessionId"]
    stored = emu.store.sessions["detectLivenessWithVerify"][sid]
    assert stored["verifyConfidenceThreshold"] == 0.4 and stored["authTokenTimeToLiveInSeconds"] == 120

    other = emu.submit_liveness_attempt(sid, verify_match=False)["result"]
    assert other["verifyResult"]["isIdentical"] is False and other["verifyResult"]["matchConfidence"] < 0.4
    assert other["verifyImageHash"] == hashlib.sha256(ALICE).hexdigest().upper()
    session = ga.get(f"/detectLivenessWithVerify-sessions/{sid}").json()
    assert session["status"] == "Succeeded" and session["results"]["attempts"][0]["result"] == other
    assert ga.delete(f"/detectLivenessWithVerify-sessions/{sid}").status == 204

    same = create_verify_session(ga, PARAMS).json()["sessionId"]
    result = emu.submit_liveness_attempt(same)["result"]
    assert result["verifyResult"]["isIdentical"] is True and "verifyImageHash" not in result


@pytest.mark.parametrize(
    "form, code",
    [
        (lambda: verify_session_form(PARAMS, filename=None), "BadArgument"),
        (lambda: (b"--b\r\nContent-Disposition: form-data; name=\"livenessOperationMode\"\r\n\r\nPassive\r\n--b--\r\n", "multipart/form-data; boundary=b"), "BadArgument"),
        (lambda: verify_session_form({**PARAMS, "enableSessionImage": "maybe"}), "BadArgument"),
        (lambda: verify_session_form({"deviceCorrelationId": "d"}), "BadArgument"),
        (lambda: verify_session_form(PARAMS, image=make_face_image([])), "InvalidImage"),
    ],
    ids=["verifyImage-without-filename", "no-verifyImage", "bad-boolean", "no-mode", "no-face"],
)
def test_with_verify_create_rejects_bad_forms(ga: Http, form, code):
    body, ctype = form()
    r = ga.post("/detectLivenessWithVerify-sessions", data=body, content_type=ctype)
    assert r.status == 400 and r.error_code == code, r.body


def test_with_verify_create_needs_multipart(ga: Http):
    r = ga.post("/detectLivenessWithVerify-sessions", PARAMS)
    assert r.status == 400 and r.error_code == "BadArgument"


def test_preview_verify_image_part_without_filename_is_rejected(emu):
    preview = Http(emu, version=PREVIEW)
    b = "pv"
    head = f'--{b}\r\nContent-Disposition: form-data; name="Parameters"\r\n\r\n{{"livenessOperationMode": "Passive", "deviceCorrelationId": "d"}}\r\n'
    for disposition, status in (('name="VerifyImage"', 400), ('name="VerifyImage"; filename="v.jpg"', 200)):
        body = (head + f"--{b}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n").encode() + ALICE + f"\r\n--{b}--\r\n".encode()
        r = preview.post("/detectLivenessWithVerify/singleModal/sessions", data=body, content_type=f"multipart/form-data; boundary={b}")
        assert r.status == status, r.body


@pytest.mark.parametrize("version", [GA, PREVIEW])
def test_attempt_refused_once_token_expired(emu, version):
    h = Http(emu, version=version)
    path = "/detectLiveness-sessions" if version == GA else "/detectLiveness/singleModal/sessions"
    sid = h.post(path, {**PARAMS, "authTokenTimeToLiveInSeconds": 60}).json()["sessionId"]
    emu.store.sessions["detectLiveness"][sid]["createdDateTime"] -= 61
    with pytest.raises(FaceServiceError) as caught:
        emu.submit_liveness_attempt(sid)
    assert caught.value.status == 403 and caught.value.code == "SessionExpired"
    r = h.call("POST", f"/_emulator/liveness/{sid}/attempt", json={}, absolute=True)
    assert r.status == 403 and r.error_code == "SessionExpired"


@pytest.mark.parametrize("version", [GA, PREVIEW])
def test_attempt_refused_once_attempts_are_used_up(emu, version):
    h = Http(emu, version=version)
    path = "/detectLiveness-sessions" if version == GA else "/detectLiveness/singleModal/sessions"
    sid = h.post(path, PARAMS).json()["sessionId"]
    error = "FaceWithMaskDetected" if version == GA else None
    for _ in range(3):
        emu.submit_liveness_attempt(sid, error=error)
    with pytest.raises(FaceServiceError) as caught:
        emu.submit_liveness_attempt(sid)
    assert caught.value.status == 403 and caught.value.code == "AttemptLimitReached"
    if version == GA:
        assert h.get(f"{path}/{sid}").json()["status"] == "Failed"


def test_ga_session_takes_no_attempt_after_a_success(ga: Http, emu):
    sid = _session(ga)
    emu.submit_liveness_attempt(sid)
    with pytest.raises(FaceServiceError) as caught:
        emu.submit_liveness_attempt(sid)
    assert caught.value.code == "AttemptLimitReached"


def test_error_code_only_for_ga_sessions(emu):
    sid = Http(emu).post("/detectLiveness/singleModal/sessions", PARAMS).json()["sessionId"]
    with pytest.raises(FaceServiceError) as caught:
        emu.submit_liveness_attempt(sid, error="FaceWithMaskDetected")
    assert caught.value.status == 400


def test_ga_and_preview_sessions_do_not_see_each_other(ga: Http, emu):
    preview = Http(emu, version=PREVIEW)
    ga_sid = _session(ga)
    preview_sid = preview.post("/detectLiveness/singleModal/sessions", PARAMS).json()["sessionId"]
    assert preview.get(f"/detectLiveness/singleModal/sessions/{ga_sid}").error_code == "SessionNotFound"
    assert [s["id"] for s in preview.get("/detectLiveness/singleModal/sessions").json()] == [preview_sid]
    assert ga.get(f"/detectLiveness-sessions/{preview_sid}").error_code == "SessionNotFound"


REMOVED_IN_GA = [
    ("GET", "/detectLiveness/singleModal/sessions"),
    ("POST", "/detectLiveness/singleModal/sessions"),
    ("GET", "/detectLivenessWithVerify/singleModal/sessions"),
    ("GET", "/detectLiveness/singleModal/sessions/00000000-0000-0000-0000-000000000000/audit"),
    ("GET", "/session/sessionImages/some-image"),
    ("GET", "/operations/00000000-0000-0000-0000-000000000000"),
    ("GET", "/persons"),
    ("GET", "/dynamicpersongroups"),
]


@pytest.mark.parametrize("method, path", REMOVED_IN_GA)
def test_operations_removed_in_ga_answer_like_an_unknown_route(ga: Http, emu, method, path, caplog):
    with caplog.at_level(logging.WARNING, logger="azure.ai.vision.face.emulator"):
        r = ga.call(method, path, json=PARAMS if method == "POST" else None)
    assert r.status == 404 and r.json() == {"error": {"code": "404", "message": "Resource not found"}}
    assert f"{method} /face/v1.2{path} is not part of this API version" in caplog.text
    assert "v1.2-preview.1" in caplog.text  # the log names where the emulator does serve it


def test_removed_operations_stay_in_the_preview(emu):
    preview = Http(emu, version=PREVIEW)
    sid = preview.post("/detectLiveness/singleModal/sessions", {**PARAMS, "enableSessionImage": True}).json()["sessionId"]
    image_id = emu.submit_liveness_attempt(sid)["sessionImageId"]
    assert preview.get("/detectLiveness/singleModal/sessions").status == 200
    assert preview.get(f"/detectLiveness/singleModal/sessions/{sid}/audit").status == 200
    assert preview.get(f"/session/sessionImages/{image_id}").status == 200
    preview.put("/largefacelists/l", {"name": "l"})
    location = preview.post("/largefacelists/l/train").header("operation-Location")
    assert "/face/v1.2-preview.1/operations/" in location and preview.get(location).status == 200


@pytest.mark.parametrize("path", ["/face/v9.9/detect", "/nothing/here", "/face/v1.2/largefacelists/x/nonsense"])
def test_unknown_route_is_a_404_and_logged_as_not_emulated(http: Http, path, caplog):
    with caplog.at_level(logging.WARNING, logger="azure.ai.vision.face.emulator"):
        r = http.get(path, absolute=True)
    assert r.status == 404 and r.error_code == "404"
    assert f"GET {path} is not emulated" in caplog.text


def test_ga_training_is_followed_through_its_training_status(emu):
    emu.training_seconds = 0.3
    ga = Http(emu, version=GA)
    ga.put("/largepersongroups/g", {"name": "g"})
    r = ga.post("/largepersongroups/g/train")
    location = r.header("operation-Location")
    assert r.status == 202 and location == f"http://127.0.0.1:{emu.port}/face/v1.2/largepersongroups/g/training"
    first = ga.get(location)
    assert first.json()["status"] in ("notStarted", "running")
    assert first.header("retry-after-ms") or first.header("Retry-After")
    deadline = time.monotonic() + 5
    while ga.get(location).json()["status"] != "succeeded":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    done = ga.get(location)
    assert done.header("retry-after-ms") is None and done.header("Retry-After") is None


def test_ga_sessions_and_attempts_survive_a_restart_with_data_dir(tmp_path):
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        ga = Http(emu, version=GA)
        sid = _session(ga, enableSessionImage=True)
        verify_sid = create_verify_session(ga, PARAMS).json()["sessionId"]
        emu.submit_liveness_attempt(sid, error="FaceWithMaskDetected")
        image_id = emu.submit_liveness_attempt(sid)["result"]["sessionImageId"]
        before = ga.get(f"/detectLiveness-sessions/{sid}").json()
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        ga = Http(emu, version=GA)
        assert ga.get(f"/detectLiveness-sessions/{sid}").json() == before
        assert ga.get(f"/sessionImages/{image_id}").status == 200
        assert ga.get(f"/detectLivenessWithVerify-sessions/{verify_sid}").json()["results"]["verifyReferences"]
