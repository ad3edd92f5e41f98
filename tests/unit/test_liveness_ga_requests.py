"""The GA liveness requests (``api_version="v1.2"``) without a server: route, method, body and result model of each
session operation, sync and async; and the operations GA dropped, refused with ValueError before anything is sent.
"""
from __future__ import annotations

import inspect
import io
import json
from typing import Any, Callable, Dict, List, Tuple

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.rest import HttpRequest

from azure.ai.vision.face import models as m
from azure.ai.vision.face._requests._versions import UNAVAILABLE, check_api_version, offered_by
from tests._flavours import run_sync
from tests._mock_transport import Answer, AsyncMockTransport, MockTransport, replay

ENDPOINT = "https://face.example.com"
RECT = {"top": 10, "left": 20, "width": 30, "height": 40}
TARGETS = {"color": {"faceRectangle": RECT}}
SESSION = {
    "sessionId": "s1", "authToken": "tok", "status": "Succeeded", "modelVersion": "2024-11-15",
    "results": {"attempts": [
        {"attemptId": 2, "attemptStatus": "Succeeded",
         "result": {"livenessDecision": "realface", "targets": TARGETS, "digest": "D", "sessionImageId": "img"}},
        {"attemptId": 1, "attemptStatus": "Failed",
         "error": {"code": "FaceWithMaskDetected", "message": "m", "targets": TARGETS}},
    ]},
}
VERIFY_SESSION = {
    "sessionId": "s2", "authToken": "tok", "status": "NotStarted", "modelVersion": "2024-11-15",
    "results": {
        "verifyReferences": [{"referenceType": "Color", "faceRectangle": RECT, "qualityForRecognition": "high"}],
        "attempts": [{"attemptId": 1, "attemptStatus": "Succeeded", "result": {
            "livenessDecision": "spoofface", "targets": TARGETS, "digest": "D",
            "verifyResult": {"matchConfidence": 0.9, "isIdentical": True}, "verifyImageHash": "H"}}],
    },
}
OPTIONS = {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev"}


def call(flavour: str, operation: Callable[[Any], Any], *answers: Answer,
         api_version: str = "v1.2") -> Tuple[Any, List[HttpRequest]]:
    """Run ``operation(client)`` on a FaceSessionClient of ``flavour``; returns (result or exception, requests)."""
    if flavour == "sync":
        from azure.ai.vision.face import FaceSessionClient

        transport: Any = MockTransport(replay(list(answers)))
        with FaceSessionClient(ENDPOINT, AzureKeyCredential("k"), transport=transport,
                               api_version=api_version) as client:
            try:
                result = operation(client)
                if hasattr(result, "__next__"):
                    result = b"".join(result)
                return result, transport.requests
            except Exception as exc:  # the test inspects it
                return exc, transport.requests

    from azure.ai.vision.face.aio import FaceSessionClient as AsyncFaceSessionClient

    transport = AsyncMockTransport(replay(list(answers)))

    async def main() -> Any:
        async with AsyncFaceSessionClient(ENDPOINT, AzureKeyCredential("k"), transport=transport,
                                          api_version=api_version) as client:
            try:
                result = operation(client)
                if inspect.isawaitable(result):
                    result = await result
                if hasattr(result, "__aiter__"):
                    result = b"".join([chunk async for chunk in result])
                return result
            except Exception as exc:  # the test inspects it
                return exc

    return run_sync(main()), transport.requests


FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


def form_parts(request: HttpRequest) -> Dict[str, Tuple[Any, bytes]]:
    """name -> (file name, bytes) of a multipart/form-data request, as handed to the transport (which encodes it;
    the end-to-end tests check the encoded form the emulator receives)."""
    files = request._files  # pylint: disable=protected-access
    assert files
    return {name: (file_name, data.encode() if isinstance(data, str) else data)
            for name, (file_name, data) in files.items()}


# --------------------------------------------------------------------------- one row per GA request

ROWS = [
    # id, operation, answer, method, path, JSON body sent (None: no JSON body), result class
    ("create_liveness_session", lambda c: c.create_liveness_session(OPTIONS), Answer(json=SESSION),
     "POST", "/face/v1.2/detectLiveness-sessions", OPTIONS, m.LivenessSessionDetails),
    ("create_liveness_session-options-model",
     lambda c: c.create_liveness_session(m.LivenessSessionOptions(
         liveness_operation_mode="PassiveActive", device_correlation_id="dev", enable_session_image=True,
         liveness_model_version=m.LivenessModelVersion.V2024_11_15, auth_token_time_to_live_in_seconds=60)),
     Answer(json=SESSION), "POST", "/face/v1.2/detectLiveness-sessions",
     {"livenessOperationMode": "PassiveActive", "deviceCorrelationId": "dev", "enableSessionImage": True,
      "livenessModelVersion": "2024-11-15", "authTokenTimeToLiveInSeconds": 60}, m.LivenessSessionDetails),
    ("get_liveness_session_result", lambda c: c.get_liveness_session_result("s 1"), Answer(json=SESSION),
     "GET", "/face/v1.2/detectLiveness-sessions/s%201", None, m.LivenessSessionDetails),
    ("delete_liveness_session", lambda c: c.delete_liveness_session("s1"), Answer(204),
     "DELETE", "/face/v1.2/detectLiveness-sessions/s1", None, type(None)),
    ("delete_liveness_session-200", lambda c: c.delete_liveness_session("s1"), Answer(200),
     "DELETE", "/face/v1.2/detectLiveness-sessions/s1", None, type(None)),
    ("get_liveness_with_verify_session_result", lambda c: c.get_liveness_with_verify_session_result("s2"),
     Answer(json=VERIFY_SESSION), "GET", "/face/v1.2/detectLivenessWithVerify-sessions/s2", None,
     m.LivenessWithVerifySessionDetails),
    ("delete_liveness_with_verify_session", lambda c: c.delete_liveness_with_verify_session("s2"), Answer(204),
     "DELETE", "/face/v1.2/detectLivenessWithVerify-sessions/s2", None, type(None)),
    ("get_session_image", lambda c: c.get_session_image("img/1"),
     Answer(200, {"Content-Type": "application/octet-stream"}, b"\xff\xd8jpeg"),
     "GET", "/face/v1.2/sessionImages/img%2F1", None, bytes),
]


@FLAVOURS
@pytest.mark.parametrize("name, operation, answer, method, path, body, result_type", ROWS, ids=[r[0] for r in ROWS])
def test_ga_request_and_result(flavour, name, operation, answer, method, path, body, result_type):
    result, requests = call(flavour, operation, answer)
    assert isinstance(result, result_type), result
    assert len(requests) == 1
    sent = requests[0]
    assert sent.method == method and sent.url.split("?")[0] == ENDPOINT + path
    if body is None:
        assert not sent.content
    else:
        assert sent.headers["Content-Type"] == "application/json" and json.loads(sent.content) == body
    if name == "get_session_image":
        assert result == b"\xff\xd8jpeg" and sent.headers["Accept"] == "application/octet-stream"


@FLAVOURS
def test_ga_session_result_reads_attempts_latest_first(flavour):
    session, _ = call(flavour, lambda c: c.get_liveness_session_result("s1"), Answer(json=SESSION))
    assert session.session_id == "s1" and session.auth_token == "tok"
    assert session.status is m.OperationState.SUCCEEDED and session.model_version is m.LivenessModelVersion.V2024_11_15
    latest, first = session.results.attempts
    assert isinstance(latest, m.LivenessSessionAttempt) and latest.attempt_id == 2
    assert latest.attempt_status is m.OperationState.SUCCEEDED and latest.error is None
    assert latest.result.liveness_decision is m.FaceLivenessDecision.REAL_FACE
    assert latest.result.targets.color.face_rectangle == m.FaceRectangle(RECT)
    assert latest.result.digest == "D" and latest.result.session_image_id == "img"
    assert first.attempt_status is m.OperationState.FAILED and first.result is None
    assert isinstance(first.error, m.LivenessError) and first.error.code == "FaceWithMaskDetected"
    assert first.error.targets.color.face_rectangle.width == 30


@FLAVOURS
def test_ga_verify_session_result_reads_references_and_match(flavour):
    session, _ = call(flavour, lambda c: c.get_liveness_with_verify_session_result("s2"), Answer(json=VERIFY_SESSION))
    assert session.status is m.OperationState.NOT_STARTED
    (reference,) = session.results.verify_references
    assert isinstance(reference, m.LivenessWithVerifyReference)
    assert reference.reference_type is m.FaceImageType.COLOR
    assert reference.quality_for_recognition is m.QualityForRecognition.HIGH
    assert reference.face_rectangle.height == 40
    (attempt,) = session.results.attempts
    assert isinstance(attempt, m.LivenessWithVerifySessionAttempt)
    assert isinstance(attempt.result, m.LivenessWithVerifyResult)
    assert attempt.result.liveness_decision is m.FaceLivenessDecision.SPOOF_FACE
    assert attempt.result.verify_result == m.LivenessWithVerifyMatch(match_confidence=0.9, is_identical=True)
    assert attempt.result.verify_image_hash == "H"


@FLAVOURS
@pytest.mark.parametrize("image", [b"JPEGBYTES", io.BytesIO(b"JPEGBYTES")], ids=["bytes", "stream"])
@pytest.mark.parametrize("body", [
    m.LivenessWithVerifySessionOptions(liveness_operation_mode="Passive", device_correlation_id="dev",
                                       return_verify_image_hash=True, verify_confidence_threshold=0.5,
                                       auth_token_time_to_live_in_seconds=120),
    {"liveness_operation_mode": "Passive", "device_correlation_id": "dev", "returnVerifyImageHash": True,
     "verify_confidence_threshold": 0.5, "authTokenTimeToLiveInSeconds": 120},
], ids=["model", "mapping"])
def test_ga_create_with_verify_is_a_form_with_one_field_per_option(flavour, image, body):
    if isinstance(image, io.BytesIO):
        image.seek(0)
    result, requests = call(flavour, lambda c: c.create_liveness_with_verify_session(body, verify_image=image),
                            Answer(json=VERIFY_SESSION))
    assert isinstance(result, m.LivenessWithVerifySessionDetails), result
    (sent,) = requests
    assert sent.method == "POST" and sent.url.split("?")[0] == ENDPOINT + "/face/v1.2/detectLivenessWithVerify-sessions"
    parts = form_parts(sent)
    assert parts == {
        "livenessOperationMode": (None, b"Passive"),
        "deviceCorrelationId": (None, b"dev"),
        "returnVerifyImageHash": (None, b"true"),
        "verifyConfidenceThreshold": (None, b"0.5"),
        "authTokenTimeToLiveInSeconds": (None, b"120"),
        "verifyImage": ("verify-image", b"JPEGBYTES"),
    }


# --------------------------------------------------------------------------- what GA dropped

REMOVED = [
    ("get_liveness_sessions", lambda c: c.get_liveness_sessions()),
    ("get_liveness_with_verify_sessions", lambda c: c.get_liveness_with_verify_sessions(top=5)),
    ("get_liveness_session_audit_entries", lambda c: c.get_liveness_session_audit_entries("s1")),
    ("get_liveness_with_verify_session_audit_entries",
     lambda c: c.get_liveness_with_verify_session_audit_entries("s2", start="a")),
    ("create_liveness_with_verify_session without verify_image",
     lambda c: c.create_liveness_with_verify_session(OPTIONS, verify_image=None)),
]


@FLAVOURS
@pytest.mark.parametrize("name, operation", REMOVED, ids=[r[0] for r in REMOVED])
def test_ga_removed_operation_raises_value_error_before_sending(flavour, name, operation):
    result, requests = call(flavour, operation, Answer(json=[]))
    assert isinstance(result, ValueError), result
    assert str(result).startswith("{} is not available in API version 'v1.2'".format(name))
    assert "api_version='v1.2-preview.1'" in str(result)
    assert requests == []


@FLAVOURS
@pytest.mark.parametrize("name, operation", REMOVED, ids=[r[0] for r in REMOVED])
def test_ga_removed_operation_still_sends_on_the_preview(flavour, name, operation):
    answer = Answer(json={"sessionId": "s", "authToken": "t"}) if "create" in name else Answer(json=[])
    result, requests = call(flavour, operation, answer, api_version="v1.2-preview.1")
    assert not isinstance(result, Exception), result
    assert len(requests) == 1 and "/face/v1.2-preview.1/detectLiveness" in requests[0].url


@FLAVOURS
def test_preview_routes_are_unchanged_on_the_default_version(flavour):
    result, requests = call(flavour, lambda c: c.get_liveness_session_result("s1"),
                            Answer(json={"id": "s1", "createdDateTime": "2024-01-01T00:00:00Z",
                                         "sessionExpired": False, "status": "NotStarted"}),
                            api_version="v1.2-preview.1")
    assert isinstance(result, m.LivenessSession) and result.id == "s1"
    assert requests[0].url == ENDPOINT + "/face/v1.2-preview.1/detectLiveness/singleModal/sessions/s1"


def test_older_versions_keep_their_refusal_with_the_older_advice():
    with pytest.raises(ValueError, match=r"get_session_image is not available in API version 'v1.1-preview.1'; "
                                         r"create the client with a later api_version"):
        check_api_version("v1.1-preview.1", "get_session_image")


def test_the_table_names_only_known_versions_and_blocks_nothing_else():
    known = {"v1.0", "v1.1-preview.1", "v1.2"}
    assert all(set(versions) <= known for versions in UNAVAILABLE.values())
    assert offered_by("v1.2", "create_liveness_session") and offered_by("v1.2", "get_session_image")
    assert offered_by("v1.2-preview.1", "person_directory.get_person")
    assert not offered_by("v1.2", "person_directory.get_person") and not offered_by("v1.2", "get_operation_result")
    check_api_version("v9.9-preview.1", "get_liveness_sessions")  # an unknown version is not second-guessed
