"""A broken protocol never leaks a bare Python error or a partial model: the call returns exactly the right data or
raises an azure-core exception. Every scenario runs with the sync (requests) and async (aiohttp) clients against the
misbehaving loopback server of ``_badserver``.
"""
import json
import socket
import time

import pytest
from azure.core.exceptions import (
    AzureError,
    DecodeError,
    HttpResponseError,
    ServiceRequestError,
    ServiceResponseError,
)

from tests.reliability._badserver import (
    cut_chunked,
    cut_short,
    error_reply,
    gzip_reply,
    json_reply,
    raw,
    reply,
    reset,
)
from tests.reliability.conftest import run

IMAGE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
FACE = {"faceId": "c5c24a82-6845-4031-9d5d-978df9175426", "recognitionModel": "recognition_04",
        "faceRectangle": {"top": 1, "left": 2, "width": 3, "height": 4}}
FACES = [FACE]
FACES_BYTES = json.dumps(FACES).encode()
SESSION = {
    "id": "s1", "createdDateTime": "2024-01-01T00:00:00Z", "sessionExpired": False, "status": "NotStarted",
    "authTokenTimeToLiveInSeconds": 600,
}
AZURE_ERRORS = (ServiceRequestError, ServiceResponseError, DecodeError, HttpResponseError)


def detect(client):
    return client.detect(IMAGE, **DETECT)


async def expect_azure_error(call, *types):
    """Await/return ``call`` and insist it raises one of ``types`` (azure-core exceptions, never bare Python ones)."""
    types = types or AZURE_ERRORS
    with pytest.raises(AzureError) as info:  # a bare KeyError, ValueError or JSONDecodeError is not caught: it fails
        await run(call())
    assert isinstance(info.value, types), "{!r} is not one of {}".format(info.value, types)
    assert str(info.value).strip(), "{!r} says nothing about what went wrong".format(info.value)
    return info.value


# --------------------------------------------------------------------------- connection faults


async def test_reset_on_post_raises_and_is_not_replayed(bad_server, clients):
    bad_server.script(reset())
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: detect(client), ServiceRequestError, ServiceResponseError)
    # azure-core does not replay a POST after a read error: the service may have acted on it
    assert len(bad_server.requests) == 1


async def test_reset_on_get_is_retried_and_returns_the_right_data(bad_server, clients):
    bad_server.script(reset(), json_reply(SESSION))
    client = clients.session(bad_server.endpoint)
    result = await run(client.get_liveness_session_result("s1"))
    assert result.id == "s1" and result.auth_token_time_to_live_in_seconds == 600
    assert [r.method for r in bad_server.requests] == ["GET", "GET"]


async def test_reset_on_every_get_attempt_ends_in_an_azure_error(bad_server, clients):
    bad_server.default = lambda request: reset()
    client = clients.session(bad_server.endpoint, retry_total=2)
    await expect_azure_error(lambda: client.get_liveness_session_result("s1"), ServiceRequestError, ServiceResponseError)
    # 1 try + 2 retries; aiohttp itself resends an idempotent request once when a kept-alive connection drops
    assert len(bad_server.requests) == (6 if clients.is_async else 3)


async def test_connection_refused_is_a_service_request_error(clients):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port any more
    client = clients.face("http://127.0.0.1:{}".format(port), retry_total=1)
    await expect_azure_error(lambda: detect(client), ServiceRequestError)


async def test_connection_timeout_is_a_service_request_error(clients):
    # a listener that never accepts, with its backlog full: the next SYN is dropped and connecting hangs
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
            fillers.append(filler)
        time.sleep(0.05)
        client = clients.face("http://127.0.0.1:{}".format(port), connection_timeout=0.2, retry_total=0)
        started = time.monotonic()
        await expect_azure_error(lambda: detect(client), ServiceRequestError)
        assert time.monotonic() - started < 5
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


async def test_slow_answer_beyond_read_timeout_is_a_service_response_error(bad_server, clients):
    bad_server.script(bad_server.slow(2, json_reply(FACES)))
    client = clients.face(bad_server.endpoint, read_timeout=0.2)
    # without the read timeout the answer would arrive (after 2 s) and the call succeed
    await expect_azure_error(lambda: detect(client), ServiceResponseError)
    assert len(bad_server.requests) == 1  # a POST is not replayed after a read timeout


async def test_slow_get_is_retried_after_a_read_timeout(bad_server, clients):
    bad_server.script(bad_server.slow(2, json_reply(SESSION)), json_reply(SESSION))
    client = clients.session(bad_server.endpoint)
    result = await run(client.get_liveness_session_result("s1", read_timeout=0.2))
    assert result.id == "s1"
    assert len(bad_server.requests) == 2


async def test_per_call_read_timeout_applies(bad_server, clients):
    bad_server.script(bad_server.slow(0.3, json_reply(FACES)))
    client = clients.face(bad_server.endpoint, read_timeout=0.05)
    faces = await run(client.detect(IMAGE, read_timeout=2, **DETECT))
    assert faces[0].face_id == FACE["faceId"]


# --------------------------------------------------------------------------- bodies cut short or corrupt


@pytest.mark.parametrize("sent", [0, 1, len(FACES_BYTES) // 2, len(FACES_BYTES) - 1])
async def test_body_cut_short_raises(bad_server, clients, sent):
    bad_server.script(cut_short(FACES_BYTES, sent=sent))
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: detect(client), ServiceResponseError, DecodeError)


async def test_chunked_body_cut_short_raises(bad_server, clients):
    bad_server.script(cut_chunked(FACES_BYTES, sent=len(FACES_BYTES) // 2))
    client = clients.face(bad_server.endpoint)
    # requests reports this one as azure-core's HttpResponseError("Response ended prematurely")
    await expect_azure_error(lambda: detect(client), ServiceResponseError, DecodeError, HttpResponseError)


async def test_body_cut_short_on_get_is_retried(bad_server, clients):
    body = json.dumps(SESSION).encode()
    bad_server.script(cut_short(body, sent=10), json_reply(SESSION))
    client = clients.session(bad_server.endpoint)
    result = await run(client.get_liveness_session_result("s1"))
    assert result.id == "s1" and len(bad_server.requests) == 2


async def test_connection_closed_without_a_length_delivers_truncated_json_as_a_decode_error(bad_server, clients):
    # no Content-Length, no chunking: the body ends when the connection closes, so the transport cannot tell
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    bad_server.script(raw(head + FACES_BYTES[:-3]))
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: detect(client), DecodeError)


@pytest.mark.parametrize(
    "body, content_type",
    [
        (FACES_BYTES[:-1], "application/json"),  # truncated JSON, correct length
        (b'[{"faceRectangle": {"top": 1,, }]', "application/json"),  # garbled JSON
        (b"\xff\xfe\x00garbage", "application/json"),  # not even text
        (b"", "application/json"),  # empty 200
        (b"", None),  # empty 200 without a content type
        (b"<html><body>Service Unavailable</body></html>", "text/html"),  # an HTML page from a proxy
        (b"<html><body>oops</body></html>", "application/json"),  # HTML labelled as JSON
        (b"null", "application/json"),
        (b'"just a string"', "application/json"),
        (b"<?xml version='1.0'?><faces/>", "application/xml"),
        (FACES_BYTES, "text/plain"),  # still JSON: accepted
    ],
)
async def test_corrupt_200_bodies_raise_decode_error(bad_server, clients, body, content_type):
    bad_server.script(reply(200, body, content_type=content_type))
    client = clients.face(bad_server.endpoint)
    if body == FACES_BYTES:
        faces = await run(detect(client))
        assert faces[0].face_rectangle.height == 4
        return
    error = await expect_azure_error(lambda: detect(client), DecodeError)
    assert error.response is not None and error.response.status_code == 200


async def test_gzip_body_is_decoded(bad_server, clients):
    bad_server.script(gzip_reply(FACES_BYTES))
    client = clients.face(bad_server.endpoint)
    faces = await run(detect(client))
    assert faces[0].as_dict() == FACE


async def test_bad_gzip_stream_raises_decode_error(bad_server, clients):
    bad_server.script(gzip_reply(FACES_BYTES, corrupt=True))
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: detect(client), DecodeError, ServiceResponseError)


async def test_bad_gzip_on_an_error_status_still_raises_the_status(bad_server, clients):
    bad_server.script(reply(400, b"\x1f\x8b\x08\x00garbage", headers={"Content-Encoding": "gzip"}))
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: detect(client), HttpResponseError, DecodeError)


# --------------------------------------------------------------------------- JSON of the wrong shape


@pytest.mark.parametrize(
    "payload",
    [
        {"faces": FACES},  # an object where an array belongs
        [1, 2],  # items that are not objects
        [FACE, "x"],
        [FACE, None],
        [{"faceRectangle": "x"}],  # a required object that is a string
        [{"faceRectangle": [1, 2, 3, 4]}],
        [{"faceRectangle": {"top": "1", "left": 2, "width": 3, "height": 4}}],  # a nested number that is a string
        [{"faceRectangle": {"top": True, "left": 2, "width": 3, "height": 4}}],  # true is not a number
        [dict(FACE, faceId=7)],  # an optional string that is a number
        [dict(FACE, faceLandmarks=[])],  # an optional object that is an array
    ],
)
async def test_detect_response_of_the_wrong_shape_raises_decode_error(bad_server, clients, payload):
    bad_server.script(json_reply(payload))
    client = clients.face(bad_server.endpoint)
    error = await expect_azure_error(lambda: detect(client), DecodeError)
    assert "expected shape" in str(error)


@pytest.mark.parametrize(
    "payload",
    [
        {"isIdentical": "yes", "confidence": 0.9},
        {"isIdentical": 1, "confidence": 0.9},
        {"isIdentical": True, "confidence": "high"},
        [{"isIdentical": True, "confidence": 0.9}],
    ],
)
async def test_verify_response_of_the_wrong_shape_raises_decode_error(bad_server, clients, payload):
    bad_server.script(json_reply(payload))
    client = clients.face(bad_server.endpoint)
    await expect_azure_error(lambda: client.verify_face_to_face(face_id1="a", face_id2="b"), DecodeError)


async def test_absent_fields_are_data_as_sent_not_an_error(bad_server, clients):
    # the service omits some fields the spec calls required (lastSuccessfulTrainingDateTime before a first success);
    # like the published SDK, the model reads None there -- see the shape-check note in _model_base.py
    bad_server.script(json_reply({"isIdentical": True}), json_reply([{"faceId": "x"}]))
    client = clients.face(bad_server.endpoint)
    result = await run(client.verify_face_to_face(face_id1="a", face_id2="b"))
    assert result.is_identical is True and result.confidence is None
    faces = await run(detect(client))
    assert faces[0].face_id == "x" and faces[0].face_rectangle is None


async def test_wrong_shapes_inside_optional_subtrees_read_back_as_sent(bad_server, clients):
    # the boundary check looks into required subtrees only (cheap); inside optional ones a read never raises and
    # returns the value as sent, as the published SDK does (issue 12, item 4)
    bad_server.script(json_reply([dict(FACE, faceAttributes={"headPose": "sideways", "age": 30})]))
    client = clients.face(bad_server.endpoint)
    faces = await run(detect(client))
    assert faces[0].face_attributes.head_pose == "sideways"
    assert faces[0].face_attributes.age == 30.0


async def test_unknown_fields_and_nulls_for_optional_fields_are_accepted(bad_server, clients):
    payload = [dict(FACE, faceLandmarks=None, somethingNew={"x": 1})]
    bad_server.script(json_reply(payload))
    client = clients.face(bad_server.endpoint)
    faces = await run(detect(client))
    assert faces[0].face_landmarks is None and faces[0]["somethingNew"] == {"x": 1}
    assert faces[0].face_rectangle.width == 3


async def test_error_bodies_of_any_shape_raise_http_response_error_with_the_status(bad_server, clients):
    client = clients.face(bad_server.endpoint, retry_total=0)
    for action in (reply(400, b"<html>bad</html>", content_type="text/html"), reply(400, b""),
                   json_reply({"error": "flat string"}, 400), json_reply([1], 400), reply(400, b'{"error": {')):
        bad_server.script(action)
        error = await expect_azure_error(lambda: detect(client), HttpResponseError)
        assert error.status_code == 400 and type(error) is HttpResponseError
    bad_server.script(error_reply(400, "InvalidImageSize", "Image size is too small."))
    error = await expect_azure_error(lambda: detect(client), HttpResponseError)
    assert error.error.code == "InvalidImageSize" and "Image size is too small." in str(error)
