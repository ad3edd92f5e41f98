"""GA liveness (``api_version="v1.2"``) end to end against the emulator, sync and async: every GA session call, the
attempts the emulator's front end (control route) records, the verify image, session images and what GA dropped.
"""
import base64
import json
import urllib.error
import urllib.request
import uuid

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.aio import FaceSessionClient as AsyncFaceSessionClient
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from azure.ai.vision.face.models import (
    FaceImageType,
    FaceLivenessDecision,
    LivenessModelVersion,
    LivenessSessionAttempt,
    LivenessSessionDetails,
    LivenessSessionOptions,
    LivenessWithVerifySessionAttempt,
    LivenessWithVerifySessionDetails,
    LivenessWithVerifySessionOptions,
    OperationState,
    QualityForRecognition,
)
from tests.session._util import VERIFY_IMAGE, collect, last_request, multipart_parts, run


@pytest.fixture(params=["sync", "async"])
async def ga(request, endpoint, credential):
    """A FaceSessionClient (sync, then async) on the GA API version v1.2."""
    if request.param == "sync":
        with FaceSessionClient(endpoint, credential, api_version="v1.2") as sync_client:
            yield sync_client
    else:
        async with AsyncFaceSessionClient(endpoint, credential, api_version="v1.2") as async_client:
            yield async_client


def front_end(emulator, session_id, **attempt):
    """Play the client application through the emulator's control route; returns the GA attempt it recorded."""
    request = urllib.request.Request(
        "{}/_emulator/liveness/{}/attempt".format(emulator.endpoint, session_id),
        data=json.dumps(attempt).encode(), method="POST",
        headers={"Content-Type": "application/json", "Ocp-Apim-Subscription-Key": emulator.key})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        refused.close()  # its socket; the status stays readable
        raise


def liveness_options(**extra):
    return LivenessSessionOptions(liveness_operation_mode="Passive", device_correlation_id=str(uuid.uuid4()), **extra)


async def test_liveness_session_create_attempt_get_image_delete(ga, emulator):
    created = await run(ga.create_liveness_session(liveness_options(enable_session_image=True)))
    assert isinstance(created, LivenessSessionDetails)
    assert created.session_id and created.auth_token and created.status is OperationState.NOT_STARTED
    assert created.model_version is LivenessModelVersion.V2024_11_15 and created.results.attempts == []
    assert emulator.requests[-1][1].startswith("/face/v1.2/detectLiveness-sessions")

    live_image = make_face_image([FaceSpec("ga-live-person")])
    recorded = front_end(emulator, created.session_id, decision="realface",
                         image=base64.b64encode(live_image).decode())
    session = await run(ga.get_liveness_session_result(created.session_id))
    assert isinstance(session, LivenessSessionDetails) and session.session_id == created.session_id
    assert session.status is OperationState.SUCCEEDED
    (attempt,) = session.results.attempts
    assert isinstance(attempt, LivenessSessionAttempt) and attempt.attempt_id == recorded["attemptId"] == 1
    assert attempt.attempt_status is OperationState.SUCCEEDED and attempt.error is None
    assert attempt.result.liveness_decision is FaceLivenessDecision.REAL_FACE
    assert attempt.result.digest == recorded["result"]["digest"]
    assert attempt.result.targets.color.face_rectangle.width > 0

    image = await collect(await run(ga.get_session_image(attempt.result.session_image_id)))
    assert image == live_image
    assert emulator.requests[-1][1].startswith("/face/v1.2/sessionImages/")

    assert await run(ga.delete_liveness_session(created.session_id)) is None
    with pytest.raises(ResourceNotFoundError):
        await run(ga.get_liveness_session_result(created.session_id))
    with pytest.raises(ResourceNotFoundError):
        await run(ga.get_session_image(attempt.result.session_image_id))


async def test_failed_then_succeeded_attempts_are_listed_latest_first(ga, emulator):
    created = await run(ga.create_liveness_session({"livenessOperationMode": "PassiveActive",
                                                    "deviceCorrelationId": str(uuid.uuid4())}))
    front_end(emulator, created.session_id, error="FaceWithMaskDetected")
    session = await run(ga.get_liveness_session_result(created.session_id))
    assert session.status is OperationState.RUNNING
    (failed,) = session.results.attempts
    assert failed.attempt_status is OperationState.FAILED and failed.result is None
    assert failed.error.code == "FaceWithMaskDetected" and failed.error.targets.color.face_rectangle.height > 0

    front_end(emulator, created.session_id, decision="spoofface")
    session = await run(ga.get_liveness_session_result(created.session_id))
    assert session.status is OperationState.SUCCEEDED
    assert [a.attempt_id for a in session.results.attempts] == [2, 1]
    assert session.results.attempts[0].result.liveness_decision is FaceLivenessDecision.SPOOF_FACE
    assert session.results.attempts[0].result.session_image_id is None  # the session keeps no images
    await run(ga.delete_liveness_session(created.session_id))


async def test_liveness_with_verify_session_sends_the_image_as_a_form_and_verifies(ga, emulator):
    body = LivenessWithVerifySessionOptions(liveness_operation_mode="Passive", device_correlation_id="dev-ga",
                                            return_verify_image_hash=True, verify_confidence_threshold=0.6)
    created = await run(ga.create_liveness_with_verify_session(body, verify_image=VERIFY_IMAGE))
    assert isinstance(created, LivenessWithVerifySessionDetails) and created.status is OperationState.NOT_STARTED
    (reference,) = created.results.verify_references
    assert reference.reference_type is FaceImageType.COLOR
    assert reference.quality_for_recognition in set(QualityForRecognition)
    assert reference.face_rectangle.width > 0

    sent = last_request(emulator, "POST", "/face/v1.2/detectLivenessWithVerify-sessions")
    parts = {p.get_param("name", header="content-disposition"): p for p in multipart_parts(sent)}
    assert sorted(parts) == ["deviceCorrelationId", "livenessOperationMode", "returnVerifyImageHash",
                             "verifyConfidenceThreshold", "verifyImage"]
    assert parts["returnVerifyImageHash"].get_payload(decode=True) == b"true"
    assert parts["verifyImage"].get_filename() == "verify-image"
    assert parts["verifyImage"].get_payload(decode=True) == VERIFY_IMAGE

    front_end(emulator, created.session_id, verifyMatch=True)
    with pytest.raises(urllib.error.HTTPError) as refused:  # a GA session takes no attempt after a successful one
        front_end(emulator, created.session_id, verifyMatch=False)
    assert refused.value.code == 403
    session = await run(ga.get_liveness_with_verify_session_result(created.session_id))
    assert isinstance(session, LivenessWithVerifySessionDetails) and session.status is OperationState.SUCCEEDED
    (attempt,) = session.results.attempts
    assert isinstance(attempt, LivenessWithVerifySessionAttempt)
    assert attempt.result.verify_result.is_identical is True and attempt.result.verify_result.match_confidence > 0.6
    assert attempt.result.verify_image_hash and len(attempt.result.verify_image_hash) == 64

    assert await run(ga.delete_liveness_with_verify_session(created.session_id)) is None
    with pytest.raises(ResourceNotFoundError):
        await run(ga.get_liveness_with_verify_session_result(created.session_id))


async def test_a_different_face_does_not_verify(ga, emulator):
    created = await run(ga.create_liveness_with_verify_session(
        {"liveness_operation_mode": "Passive", "device_correlation_id": "dev"}, verify_image=VERIFY_IMAGE))
    front_end(emulator, created.session_id, verifyMatch=False)
    session = await run(ga.get_liveness_with_verify_session_result(created.session_id))
    assert session.results.attempts[0].result.verify_result.is_identical is False
    assert session.results.attempts[0].result.verify_image_hash is None  # not asked for
    await run(ga.delete_liveness_with_verify_session(created.session_id))


async def test_verify_image_is_required_and_checked_before_sending(ga, emulator):
    emulator.clear_requests()
    with pytest.raises(ValueError, match="without verify_image is not available in API version 'v1.2'"):
        await run(ga.create_liveness_with_verify_session({"livenessOperationMode": "Passive"}, verify_image=None))
    assert emulator.requests == []


async def test_an_image_without_a_face_is_the_services_400(ga):
    blank = make_face_image([])
    with pytest.raises(HttpResponseError) as caught:
        await run(ga.create_liveness_with_verify_session(
            {"livenessOperationMode": "Passive", "deviceCorrelationId": "d"}, verify_image=blank))
    assert caught.value.status_code == 400 and caught.value.error.code == "InvalidImage"


@pytest.mark.parametrize("operation", [
    lambda c: c.get_liveness_sessions(),
    lambda c: c.get_liveness_with_verify_sessions(),
    lambda c: c.get_liveness_session_audit_entries("any"),
    lambda c: c.get_liveness_with_verify_session_audit_entries("any"),
], ids=["sessions", "verify-sessions", "audit", "verify-audit"])
async def test_operations_ga_dropped_raise_before_sending(ga, emulator, operation):
    emulator.clear_requests()
    with pytest.raises(ValueError, match="is not available in API version 'v1.2'; the GA API dropped it"):
        await run(operation(ga))
    assert emulator.requests == []


async def test_ga_sessions_are_not_preview_sessions(ga, session_client):
    created = await run(ga.create_liveness_session(liveness_options()))
    with pytest.raises(ResourceNotFoundError):  # the preview routes do not serve a GA session
        session_client.get_liveness_session_result(created.session_id)
    await run(ga.delete_liveness_session(created.session_id))


async def test_detection_recognition_and_large_groups_work_on_v1_2(endpoint, credential, emulator):
    """Nothing in the client machinery holds back the rest of the GA API: a flow on v1.2 reaches the v1.2 routes."""
    from azure.ai.vision.face import FaceAdministrationClient, FaceClient
    from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

    group_id = "ga-" + uuid.uuid4().hex[:12]
    image = make_face_image([FaceSpec("ga-enrolled")])
    emulator.clear_requests()
    with FaceAdministrationClient(endpoint, credential, api_version="v1.2") as admin, \
            FaceClient(endpoint, credential, api_version="v1.2") as faces:
        admin.large_person_group.create(group_id, name="GA", recognition_model=FaceRecognitionModel.RECOGNITION04)
        try:
            person = admin.large_person_group.create_person(group_id, name="enrolled")
            admin.large_person_group.add_face(group_id, person.person_id, image,
                                              detection_model=FaceDetectionModel.DETECTION03)
            admin.large_person_group.begin_train(group_id, polling_interval=0.01).result()
            (face,) = faces.detect(image, detection_model=FaceDetectionModel.DETECTION03,
                                   recognition_model=FaceRecognitionModel.RECOGNITION04, return_face_id=True)
            (found,) = faces.identify_from_large_person_group(face_ids=[face.face_id], large_person_group_id=group_id)
            assert found.candidates[0].person_id == person.person_id
        finally:
            admin.large_person_group.delete(group_id)
    paths = [request[1] for request in emulator.requests]
    assert len(paths) >= 7 and all(path.startswith("/face/v1.2/") for path in paths), paths
