"""One client shared by many threads (sync) or tasks (async): every result belongs to its own request. Closing a
client (or leaving ``with`` / ``async with``) releases its sockets; pytest turns any ResourceWarning into an error.
"""
import asyncio
import gc
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError, ServiceRequestError, ServiceResponseError

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.aio import FaceClient as AsyncFaceClient
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests.reliability._badserver import error_reply, json_reply, reset, wait_for
from tests.reliability.conftest import FAST, KEY, run

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)


def _image(i):
    # every request gets a face at its own position: the answer proves which request it belongs to
    return make_face_image([FaceSpec("load-{}".format(i % 7), top=10 + i, left=200 - (i % 150), width=60, height=60)])


def test_one_sync_client_shared_by_32_threads(emulator):
    count = 96
    images = [_image(i) for i in range(count)]
    with FaceClient(emulator.endpoint, AzureKeyCredential(emulator.key), **FAST) as client:
        def one(i):
            faces = client.detect(images[i], **DETECT)
            return i, [(f.face_rectangle.top, f.face_rectangle.left) for f in faces]

        with ThreadPoolExecutor(32) as pool:
            results = list(pool.map(one, range(count)))
    for i, rectangles in results:
        assert rectangles == [(10 + i, 200 - (i % 150))]


async def test_one_async_client_shared_by_256_tasks(emulator):
    # The default aiohttp transport opens up to 100 connections at once; the emulator's listen backlog queues them.
    count = 256
    images = [_image(i) for i in range(count)]
    async with AsyncFaceClient(emulator.endpoint, AzureKeyCredential(emulator.key), **FAST) as client:
        async def one(i):
            faces = await client.detect(images[i], **DETECT)
            return [(f.face_rectangle.top, f.face_rectangle.left) for f in faces]

        results = await asyncio.gather(*(one(i) for i in range(count)))
    for i, rectangles in enumerate(results):
        assert rectangles == [(10 + i, 200 - (i % 150))]


async def test_one_async_client_with_default_transport_shared_by_256_tasks(bad_server):
    bad_server.default = _echo
    async with AsyncFaceClient(bad_server.endpoint, AzureKeyCredential(KEY), **FAST) as client:
        results = await asyncio.gather(*(client.verify_face_to_face(face_id1="f-{}".format(i), face_id2="x")
                                         for i in range(256)))
    assert [r.confidence for r in results] == [i / 1000 for i in range(256)]
    assert wait_for(lambda: bad_server.open_connections == 0)


def _echo(request):
    # answer with the faceId1 the request carried, so a crossed answer would show
    face_id = json.loads(request.body)["faceId1"]
    return json_reply({"isIdentical": True, "confidence": int(face_id.split("-")[1]) / 1000})


async def test_concurrent_calls_under_faults_never_cross_answers(bad_server, clients):
    # every 5th request is reset, every 7th throttled: retried calls still get their own answers
    counter = {"n": 0}

    def behave(request):
        counter["n"] += 1
        if counter["n"] % 7 == 0:
            return error_reply(503)
        if counter["n"] % 5 == 0 and request.method == "GET":
            return reset()
        return _echo(request)

    bad_server.default = behave
    client = clients.face(bad_server.endpoint)
    count = 64 if clients.is_async else 32
    if clients.is_async:
        results = await asyncio.gather(*(client.verify_face_to_face(face_id1="f-{}".format(i), face_id2="x")
                                         for i in range(count)))
    else:
        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(lambda i: client.verify_face_to_face(face_id1="f-{}".format(i), face_id2="x"),
                                    range(count)))
    assert [r.confidence for r in results] == [i / 1000 for i in range(count)]


async def test_closing_the_client_releases_its_sockets(bad_server, clients):
    bad_server.default = lambda request: json_reply([])
    client = clients.face(bad_server.endpoint)
    if clients.is_async:
        await asyncio.gather(*(client.detect(b"img", **DETECT) for _ in range(8)))
    else:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: client.detect(b"img", **DETECT), range(8)))
    assert bad_server.open_connections >= 1  # keep-alive connections are pooled while the client lives
    await run(client.close())
    assert wait_for(lambda: bad_server.open_connections == 0), bad_server.open_connections


async def _outcome(call):
    """What a call came to: "ok", "connection error" (azure-core's request/response error) or the error status."""
    try:
        await run(call() if callable(call) else call)
    except (ServiceRequestError, ServiceResponseError):
        return "connection error"
    except HttpResponseError as error:
        return error.status_code
    return "ok"


async def test_leaving_with_blocks_releases_sockets_even_after_errors(bad_server, clients):
    bad_server.script(json_reply([]), reset(), error_reply(400), json_reply([]))
    kwargs = dict(FAST, retry_total=0)
    outcomes = []
    if clients.is_async:
        async with AsyncFaceClient(bad_server.endpoint, AzureKeyCredential(KEY), **kwargs) as client:
            for _ in range(4):
                outcomes.append(await _outcome(client.detect(b"img", **DETECT)))
    else:
        with FaceClient(bad_server.endpoint, AzureKeyCredential(KEY), **kwargs) as client:
            for _ in range(4):
                outcomes.append(await _outcome(lambda: client.detect(b"img", **DETECT)))
    assert outcomes == ["ok", "connection error", 400, "ok"]
    assert len(bad_server.requests) == 4
    # After a transport error, azure-core's exception and the frame that raised it form a reference cycle that keeps
    # urllib3's connection pool alive; urllib3 2.x closes a pool's sockets when the pool is collected (no explicit
    # close on Session.close()), so the sync client's last socket goes at the next garbage collection.
    gc.collect()
    assert wait_for(lambda: bad_server.open_connections == 0), bad_server.open_connections


async def test_streamed_session_image_releases_the_connection_when_consumed(bad_server, clients):
    from tests.reliability._badserver import reply

    data = bytes(range(256)) * 64
    bad_server.script(reply(200, data, content_type="application/octet-stream"))
    client = clients.session(bad_server.endpoint)
    stream = await run(client.get_session_image("img-1"))
    if clients.is_async:
        received = b"".join([chunk async for chunk in stream])
    else:
        received = b"".join(stream)
    assert received == data
    await run(client.close())
    assert wait_for(lambda: bad_server.open_connections == 0)


@pytest.mark.parametrize("cut", [100, 5000])
async def test_streamed_session_image_cut_short_raises_an_azure_error(bad_server, clients, cut):
    from azure.core.exceptions import AzureError

    from tests.reliability._badserver import _head, raw

    data = bytes(range(256)) * 64
    bad_server.script(raw(_head(200, {"Content-Type": "application/octet-stream", "Content-Length": str(len(data))})
                          + data[:cut]))
    client = clients.session(bad_server.endpoint)
    with pytest.raises(AzureError):
        stream = await run(client.get_session_image("img-1"))
        if clients.is_async:
            b"".join([chunk async for chunk in stream])
        else:
            b"".join(stream)
