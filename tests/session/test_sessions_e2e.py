"""FaceSessionClient end to end against the emulator: session lifecycle, paging, audit, images, API versions.

Every scenario runs with the sync and the async client (see ``conftest.client``) and, where it applies, for both
kinds of session (liveness, and liveness with verification).
"""
import datetime
from types import SimpleNamespace

import pytest
from azure.core.exceptions import ResourceNotFoundError

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from azure.ai.vision.face.models import (
    CreateLivenessSessionContent,
    CreateLivenessSessionResult,
    CreateLivenessWithVerifySessionResult,
    FaceLivenessDecision,
    FaceSessionStatus,
    LivenessModel,
    LivenessSession,
    LivenessSessionAuditEntry,
    LivenessSessionItem,
    LivenessWithVerifySession,
)
from tests.session._util import VERIFY_IMAGE, collect, options, run

KINDS = {
    "liveness": SimpleNamespace(
        create=lambda client, body: client.create_liveness_session(body),
        result_type=CreateLivenessSessionResult,
        session_type=LivenessSession,
        get="get_liveness_session_result",
        list="get_liveness_sessions",
        delete="delete_liveness_session",
        audit="get_liveness_session_audit_entries",
    ),
    "with_verify": SimpleNamespace(
        create=lambda client, body: client.create_liveness_with_verify_session(body, verify_image=VERIFY_IMAGE),
        result_type=CreateLivenessWithVerifySessionResult,
        session_type=LivenessWithVerifySession,
        get="get_liveness_with_verify_session_result",
        list="get_liveness_with_verify_sessions",
        delete="delete_liveness_with_verify_session",
        audit="get_liveness_with_verify_session_audit_entries",
    ),
}


@pytest.fixture(params=sorted(KINDS))
def kind(request):
    return KINDS[request.param]


async def _new_session(client, kind, **extra):
    created = await run(kind.create(client, CreateLivenessSessionContent(options(**extra))))
    assert isinstance(created, kind.result_type) and created.session_id and created.auth_token
    return created


async def test_session_lifecycle_create_get_attempt_audit_delete(client, kind, emulator):
    created = await _new_session(client, kind, authTokenTimeToLiveInSeconds=120)
    session = await run(getattr(client, kind.get)(created.session_id))
    assert isinstance(session, kind.session_type)
    assert session.id == created.session_id and session.status is FaceSessionStatus.NOT_STARTED
    assert session.result is None and session.auth_token_time_to_live_in_seconds == 120
    assert isinstance(session.created_date_time, datetime.datetime) and session.created_date_time.tzinfo
    assert session.session_expired is False

    emulator.submit_liveness_attempt(created.session_id, decision="realface", verify_match=True)
    session = await run(getattr(client, kind.get)(created.session_id))
    assert session.status is FaceSessionStatus.RESULT_AVAILABLE
    assert isinstance(session.session_start_date_time, datetime.datetime)
    body = session.result.response.body
    assert body.liveness_decision is FaceLivenessDecision.REAL_FACE
    assert body.model_version_used is LivenessModel.V2023_12_20_PREVIEW06
    if kind.session_type is LivenessWithVerifySession:
        assert body.verify_result.is_identical is True and body.verify_result.match_confidence > 0.5
    else:
        assert body.verify_result is None

    entries = await run(getattr(client, kind.audit)(created.session_id))
    assert len(entries) == 1 and isinstance(entries[0], LivenessSessionAuditEntry)
    entry = entries[0]
    assert entry.session_id == created.session_id and entry.session_image_id
    assert isinstance(entry.received_date_time, datetime.datetime)
    assert entry.response.status_code == 200 and entry.request.method == "POST"
    assert entry == session.result

    assert await run(getattr(client, kind.delete)(created.session_id)) is None
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(getattr(client, kind.get)(created.session_id))
    assert caught.value.error.code == "SessionNotFound" and caught.value.status_code == 404
    with pytest.raises(ResourceNotFoundError):
        await run(getattr(client, kind.delete)(created.session_id))


async def test_audit_entries_page_with_start_and_top(client, kind, emulator):
    created = await _new_session(client, kind)
    for decision in ("spoofface", "uncertain", "realface"):
        emulator.submit_liveness_attempt(created.session_id, decision=decision, verify_match=False)
    entries = await run(getattr(client, kind.audit)(created.session_id))
    assert [e.response.body.liveness_decision for e in entries] == ["spoofface", "uncertain", "realface"]
    page = await run(getattr(client, kind.audit)(created.session_id, start=str(entries[0].id), top=1))
    assert [e.id for e in page] == [entries[1].id]
    after_second = await run(getattr(client, kind.audit)(created.session_id, start=entries[1].id))
    assert [e.id for e in after_second] == [entries[2].id]
    if kind.session_type is LivenessWithVerifySession:
        assert entries[-1].response.body.verify_result.is_identical is False


async def test_list_sessions_pages_by_id_with_start_and_top(client, kind):
    ids = sorted([(await _new_session(client, kind)).session_id for _ in range(3)])
    everything = await run(getattr(client, kind.list)(top=1000))
    assert all(isinstance(item, LivenessSessionItem) for item in everything)
    listed = [item.id for item in everything]
    assert set(ids) <= set(listed) and listed == sorted(listed)
    page = await run(getattr(client, kind.list)(start=ids[0], top=2))
    assert len(page) == 2 and all(item.id > ids[0] for item in page)
    assert [item.id for item in page] == [i for i in listed if i > ids[0]][:2]
    first = [item for item in everything if item.id == ids[0]][0]
    assert isinstance(first.created_date_time, datetime.datetime) and first.device_correlation_id


async def test_session_image_download_and_detection(client, emulator):
    created = await _new_session(client, KINDS["liveness"], enableSessionImage=True)
    image = make_face_image([FaceSpec("bob", top=30, left=40, width=150, height=150)])
    entry = emulator.submit_liveness_attempt(created.session_id, image=image)
    downloaded = await collect(await run(client.get_session_image(entry["sessionImageId"])))
    assert downloaded == image

    by_keyword = await run(client.detect_from_session_image(
        session_image_id=entry["sessionImageId"], detection_model="detection_03", recognition_model="recognition_04",
        return_face_id=True))
    by_body = await run(client.detect_from_session_image({"sessionImageId": entry["sessionImageId"]}))
    for faces in (by_keyword, by_body):
        assert len(faces) == 1
        assert (faces[0].face_rectangle.left, faces[0].face_rectangle.width) == (40, 150)
    assert by_keyword[0].face_id

    with pytest.raises(ResourceNotFoundError) as caught:
        await collect(await run(client.get_session_image("00000000-0000-0000-0000-000000000000")))
    assert caught.value.error.code == "SessionImageNotFound"


async def test_v1_1_preview_1_refuses_session_images_before_sending(v11_client, emulator):
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    with pytest.raises(ValueError, match="get_session_image is not available in API version 'v1.1-preview.1'"):
        await run(v11_client.get_session_image("some-image-id"))
    with pytest.raises(ValueError, match="detect_from_session_image is not available"):
        await run(v11_client.detect_from_session_image(session_image_id="some-image-id"))
    assert len(emulator.requests) == before
    # sessions themselves exist in v1.1-preview.1
    created = await run(v11_client.create_liveness_session(options()))
    assert (await run(v11_client.get_liveness_session_result(created.session_id))).id == created.session_id
    assert emulator.requests[-1][1].startswith("/face/v1.1-preview.1/detectLiveness/")
