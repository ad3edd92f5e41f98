"""Throttling and server errors: azure-core's RetryPolicy retries them, honours Retry-After / retry-after-ms, and our
requests replay byte for byte (image bytes, image streams, JSON bodies, JSON streams, multipart). POST follows
azure-core's documented rules: retried on 500/503/504 and whenever the service sends Retry-After, not on other
statuses and not after a read error (the service may have acted on it). Sync and async alike.
"""
import io

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError, ServiceRequestError, ServiceResponseError

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests._clock import recording_transport
from tests.reliability._badserver import error_reply, json_reply, reply
from tests.reliability.conftest import run

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
FACE = {"faceId": "c5c24a82-6845-4031-9d5d-978df9175426", "faceRectangle": {"top": 1, "left": 2, "width": 3, "height": 4}}
VERIFY = {"isIdentical": True, "confidence": 0.93}
SESSION = {"sessionId": "s1", "authToken": "tok"}
SESSION_RESULT = {"id": "s1", "createdDateTime": "2024-01-01T00:00:00Z", "sessionExpired": False, "status": "NotStarted"}


@pytest.fixture
def emu_face(emulator, clients):
    return clients.face(emulator.endpoint, AzureKeyCredential(emulator.key))


# --------------------------------------------------------------------------- emulator: status faults


async def test_429_with_retry_after_is_retried_after_the_given_delay(emulator, clients):
    image = make_face_image([FaceSpec("retry-429", top=33, left=44)])
    emulator.fail_next(2, 429, method="POST", path="/detect", code="429", message="Rate limit is exceeded.",
                       retry_after=0.2)
    transport = recording_transport(clients.is_async)
    face_client = clients.face(emulator.endpoint, AzureKeyCredential(emulator.key), transport=transport)
    faces = await run(face_client.detect(image, **DETECT))
    assert transport.sleeps == [0.2, 0.2]  # two waits of Retry-After: 0.2, no back-off of our own
    assert (faces[0].face_rectangle.top, faces[0].face_rectangle.left) == (33, 44)


@pytest.mark.parametrize("status", [500, 503, 504])
async def test_post_is_retried_on_500_503_504(emulator, emu_face, status):
    image = make_face_image([FaceSpec("retry-5xx", top=21)])
    emulator.fail_next(2, status, method="POST", path="/detect")
    faces = await run(emu_face.detect(image, **DETECT))
    assert faces[0].face_rectangle.top == 21


@pytest.mark.parametrize("status", [429, 502])
async def test_post_is_not_retried_on_other_statuses_without_retry_after(emulator, emu_face, status):
    emulator.clear_requests()
    emulator.fail_next(1, status, method="POST", path="/detect", code="Busy", message="Try later.")
    with pytest.raises(HttpResponseError) as info:
        await run(emu_face.detect(make_face_image([FaceSpec("retry-no")]), **DETECT))
    assert info.value.status_code == status and info.value.error.code == "Busy"
    assert len([r for r in emulator.requests if "/detect" in r[1]]) == 1


async def test_retries_exhausted_raise_the_last_status_with_the_service_message(emulator, clients):
    client = clients.face(emulator.endpoint, AzureKeyCredential(emulator.key), retry_total=2)
    emulator.clear_requests()
    emulator.fail_next(5, 503, method="POST", path="/detect", code="ServiceUnavailable", message="Down for a bit.")
    try:
        with pytest.raises(HttpResponseError) as info:
            await run(client.detect(make_face_image([FaceSpec("retry-out")]), **DETECT))
    finally:
        emulator.clear_faults()
    assert info.value.status_code == 503 and "Down for a bit." in str(info.value)
    assert len([r for r in emulator.requests if "/detect" in r[1]]) == 3


async def test_get_is_retried_on_a_dropped_connection(emulator, clients):
    session_client = clients.session(emulator.endpoint, AzureKeyCredential(emulator.key))
    created = await run(session_client.create_liveness_session({"livenessOperationMode": "Passive",
                                                                "deviceCorrelationId": "dev-1"}))
    emulator.fail_next(1, 500, method="GET", path="/sessions/" + created.session_id, drop_connection=True)
    result = await run(session_client.get_liveness_session_result(created.session_id))
    assert result.id == created.session_id
    await run(session_client.delete_liveness_session(created.session_id))


async def test_post_is_not_replayed_after_a_dropped_connection(emulator, emu_face):
    emulator.clear_requests()
    emulator.fail_next(1, 500, method="POST", path="/verify", drop_connection=True)
    # requests reports a ServiceResponseError, aiohttp ("Server disconnected") a ServiceRequestError; neither retries
    with pytest.raises((ServiceResponseError, ServiceRequestError)):
        await run(emu_face.verify_face_to_face(face_id1="a", face_id2="b"))
    assert len([r for r in emulator.requests if "/verify" in r[1]]) == 1


# --------------------------------------------------------------------------- misbehaving server: headers and replay


async def test_retry_after_ms_is_honoured(bad_server, clients):
    bad_server.script(error_reply(503, headers={"retry-after-ms": "250"}), json_reply([FACE]),
                      error_reply(429, headers={"x-ms-retry-after-ms": "250"}), json_reply(SESSION_RESULT))
    transport = recording_transport(clients.is_async)
    face_client = clients.face(bad_server.endpoint, transport=transport)
    faces = await run(face_client.detect(b"img", **DETECT))
    assert transport.sleeps == [0.25] and faces[0].face_id == FACE["faceId"]
    transport = recording_transport(clients.is_async)
    session_client = clients.session(bad_server.endpoint, transport=transport)
    result = await run(session_client.get_liveness_session_result("s1"))  # a GET: 429 is retried without Retry-After
    assert transport.sleeps == [0.25] and result.id == "s1"


async def test_post_429_with_only_retry_after_ms_is_not_retried(bad_server, clients):
    # azure-core replays a POST on 429 only when the standard Retry-After header is present
    bad_server.script(error_reply(429, headers={"retry-after-ms": "10"}), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    with pytest.raises(HttpResponseError) as info:
        await run(client.detect(b"img", **DETECT))
    assert info.value.status_code == 429 and len(bad_server.requests) == 1


async def test_retry_after_as_an_http_date_in_the_past_retries_at_once(bad_server, clients):
    bad_server.script(error_reply(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    faces = await run(client.detect(b"img", **DETECT))
    assert faces[0].face_id == FACE["faceId"] and len(bad_server.requests) == 2


def _bodies(server):
    return [request.body for request in server.requests]


async def test_image_bytes_are_replayed_identically(bad_server, clients):
    image = make_face_image([FaceSpec("replay-bytes")])
    bad_server.script(error_reply(503), error_reply(500), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    await run(client.detect(image, **DETECT))
    assert _bodies(bad_server) == [image] * 3


async def test_image_stream_is_rewound_and_replayed_identically(bad_server, clients):
    image = make_face_image([FaceSpec("replay-stream")])
    stream = io.BytesIO(b"junk-before" + image)
    stream.seek(len(b"junk-before"))  # the upload starts where the caller left the stream
    bad_server.script(error_reply(503), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    await run(client.detect(stream, **DETECT))
    assert _bodies(bad_server) == [image] * 2


async def test_json_body_is_replayed_identically(bad_server, clients):
    bad_server.script(error_reply(503), error_reply(429, headers={"Retry-After": "0"}), json_reply(VERIFY))
    client = clients.face(bad_server.endpoint)
    result = await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    assert result.confidence == 0.93
    bodies = _bodies(bad_server)
    assert len(bodies) == 3 and len(set(bodies)) == 1 and b'"faceId1": "f-1"' in bodies[0].replace(b'":"', b'": "')


async def test_json_stream_body_is_rewound_and_replayed(bad_server, clients):
    body = b'{"faceId1": "s-1", "faceId2": "s-2"}'
    bad_server.script(error_reply(503), json_reply(VERIFY))
    client = clients.face(bad_server.endpoint)
    await run(client.verify_face_to_face(io.BytesIO(body)))
    assert _bodies(bad_server) == [body] * 2


async def test_multipart_body_is_replayed_identically(bad_server, clients):
    image = make_face_image([FaceSpec("replay-multipart")])
    bad_server.script(error_reply(503), json_reply(dict(SESSION, verifyImage=None)))
    client = clients.session(bad_server.endpoint)
    result = await run(client.create_liveness_with_verify_session(
        {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev-1"}, verify_image=io.BytesIO(image)))
    assert result.session_id == "s1"
    first, second = bad_server.requests
    assert first.headers["content-type"].startswith("multipart/form-data")
    assert image in first.body and image in second.body
    # the boundary may differ per attempt; the parts may not
    strip = lambda r: r.body.replace(r.headers["content-type"].split("boundary=")[1].encode(), b"B")  # noqa: E731
    assert strip(first) == strip(second)


async def test_retry_settings_can_be_changed_per_call(bad_server, clients):
    bad_server.default = lambda request: error_reply(503)
    client = clients.face(bad_server.endpoint)
    with pytest.raises(HttpResponseError) as info:
        await run(client.detect(b"img", retry_total=1, **DETECT))
    assert info.value.status_code == 503 and len(bad_server.requests) == 2


async def test_success_after_retries_returns_only_the_final_answer(bad_server, clients):
    bad_server.script(reply(503, b"<html>busy</html>", content_type="text/html"), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    faces = await run(client.detect(b"img", **DETECT))
    assert [f.as_dict() for f in faces] == [FACE]


async def test_large_image_is_replayed_identically(bad_server, clients):
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (5 * 4096)  # 5 MB: sent as a stream, rewound for the retry
    bad_server.script(error_reply(503), json_reply([FACE]))
    client = clients.face(bad_server.endpoint)
    await run(client.detect(image, **DETECT))
    assert [len(body) for body in _bodies(bad_server)] == [len(image)] * 2
    assert _bodies(bad_server) == [image] * 2
