"""Training as a long-running operation: success, failure, polling options, Retry-After and continuation tokens."""
import subprocess
import sys
import textwrap
import time

import pytest
from azure.core.exceptions import HttpResponseError
from azure.core.pipeline.policies import SansIOHTTPPolicy
from azure.core.polling.async_base_polling import AsyncLROBasePolling
from azure.core.polling.base_polling import LROBasePolling, OperationResourcePolling

from tests.admin._helpers import FAIL_TRAINING, image, new_id, run

KINDS = ["large_face_list", "large_person_group"]


async def _container(operations, kind, *, user_data=None):
    """A new container of ``kind`` holding one face, ready to train."""
    container = new_id("train")
    await run(operations.create(container, name="training", user_data=user_data))
    if kind == "large_face_list":
        await run(operations.add_face(container, image("dora")))
    else:
        person = await run(operations.create_person(container, name="dora"))
        await run(operations.add_face(container, person.person_id, image("dora")))
    return container


@pytest.mark.parametrize("kind", KINDS)
async def test_training_that_fails_raises_with_the_service_message(clients, kind):
    operations = getattr(clients.admin, kind)
    container = await _container(operations, kind)
    await run(operations.update(container, user_data=FAIL_TRAINING))
    poller = await run(operations.begin_train(container))
    with pytest.raises(HttpResponseError) as caught:
        await run(poller.result())
    assert caught.value.message.startswith("Training failed: ") and FAIL_TRAINING in caught.value.message
    assert "Code: None" not in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.response is not None
    status = await run(operations.get_training_status(container))
    assert status.status == "failed" and FAIL_TRAINING in status.message
    assert status.last_successful_training_date_time is None  # never trained successfully: absent, not an error
    await run(operations.delete(container))


@pytest.mark.parametrize("kind", KINDS)
async def test_resume_from_continuation_token_in_a_new_client(clients, new_admin, kind):
    operations = getattr(clients.admin, kind)
    container = await _container(operations, kind)
    token = (await run(operations.begin_train(container))).continuation_token()
    assert isinstance(token, str) and token
    other = getattr(new_admin(polling_interval=0.01), kind)
    resumed = await run(other.begin_train(container, continuation_token=token))
    assert await run(resumed.result()) is None
    assert (await run(operations.get_training_status(container))).status == "succeeded"
    await run(operations.delete(container))


_RESUME_SCRIPT = textwrap.dedent("""
    import asyncio, sys
    from azure.core.credentials import AzureKeyCredential
    endpoint, key, flavour, group, token = sys.argv[1:]

    async def main():
        if flavour == "sync":
            from azure.ai.vision.face import FaceAdministrationClient
            with FaceAdministrationClient(endpoint, AzureKeyCredential(key), polling_interval=0.01) as client:
                result = client.large_person_group.begin_train(group, continuation_token=token).result()
                status = client.large_person_group.get_training_status(group).status
        else:
            from azure.ai.vision.face.aio import FaceAdministrationClient
            async with FaceAdministrationClient(endpoint, AzureKeyCredential(key), polling_interval=0.01) as client:
                poller = await client.large_person_group.begin_train(group, continuation_token=token)
                result = await poller.result()
                status = (await client.large_person_group.get_training_status(group)).status
        print(result, status == "succeeded")

    asyncio.run(main())
""")


async def test_resume_from_continuation_token_in_a_new_process(clients, emulator, flavour):
    operations = clients.admin.large_person_group
    group = await _container(operations, "large_person_group")
    token = (await run(operations.begin_train(group))).continuation_token()
    done = subprocess.run(
        [sys.executable, "-c", _RESUME_SCRIPT, emulator.endpoint, emulator.key, flavour, group, token],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "True"]
    await run(operations.delete(group))


async def test_polling_false_returns_a_finished_poller_without_polling(clients, emulator):
    operations = clients.admin.large_face_list
    face_list = await _container(operations, "large_face_list")
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    poller = await run(operations.begin_train(face_list, polling=False))
    assert await run(poller.result()) is None and poller.done()
    assert [r[0] for r in emulator.requests[before:]] == ["POST"]
    await run(operations.delete(face_list))


class _Recording:
    """Counts the runs of a polling method, to show the caller's own method is the one used."""

    runs = 0

    def run(self):
        type(self).runs += 1
        return super().run()


class _SyncPolling(_Recording, LROBasePolling):
    pass


class _AsyncPolling(_Recording, AsyncLROBasePolling):
    async def run(self):
        type(self).runs += 1
        return await AsyncLROBasePolling.run(self)


async def test_a_custom_polling_method_is_used(clients, flavour):
    operations = clients.admin.large_person_group
    group = await _container(operations, "large_person_group")
    polling_class = _SyncPolling if flavour == "sync" else _AsyncPolling
    method = polling_class(0.01, lro_algorithms=[OperationResourcePolling()])
    poller = await run(operations.begin_train(group, polling=method))
    assert poller.polling_method() is method
    assert await run(poller.result()) is None and polling_class.runs >= 1
    await run(operations.delete(group))


class _NoRetryAfter(SansIOHTTPPolicy):
    """Drops the emulator's Retry-After hints, as a service that gives none: the polling interval then decides."""

    def on_response(self, request, response):
        for name in ("Retry-After", "retry-after-ms", "x-ms-retry-after-ms"):
            response.http_response.headers.pop(name, None)


async def test_per_call_polling_interval_overrides_the_clients(clients, new_admin):
    slow = new_admin(polling_interval=5, per_call_policies=[_NoRetryAfter()]).large_face_list
    face_list = await _container(slow, "large_face_list")
    began = time.monotonic()
    await run((await run(slow.begin_train(face_list, polling_interval=0.01))).result())
    assert time.monotonic() - began < 2
    await run(slow.delete(face_list))


async def test_client_polling_interval_is_the_default_wait(new_admin):
    operations = new_admin(polling_interval=0.25, per_call_policies=[_NoRetryAfter()]).large_face_list
    face_list = await _container(operations, "large_face_list")
    began = time.monotonic()
    await run((await run(operations.begin_train(face_list))).result())
    assert time.monotonic() - began >= 0.25
    await run(operations.delete(face_list))


async def test_the_emulators_retry_after_hint_is_followed(new_admin):
    operations = new_admin(polling_interval=30).large_person_group  # the default interval: far longer than training
    group = await _container(operations, "large_person_group")
    began = time.monotonic()
    await run((await run(operations.begin_train(group))).result())
    assert time.monotonic() - began < 5
    await run(operations.delete(group))


class _RetryAfter(SansIOHTTPPolicy):
    """Adds ``Retry-After`` to the answers of the operation status polls, as the service may."""

    def on_response(self, request, response):
        if "/operations/" in request.http_request.url:
            response.http_response.headers["Retry-After"] = "0.3"


async def test_retry_after_of_the_status_poll_is_honoured(new_admin):
    operations = new_admin(polling_interval=0.01, per_call_policies=[_RetryAfter()]).large_person_group
    group = await _container(operations, "large_person_group")
    began = time.monotonic()
    await run((await run(operations.begin_train(group))).result())
    assert time.monotonic() - began >= 0.3
    await run(operations.delete(group))


async def test_cls_shapes_the_training_result(clients):
    operations = clients.admin.large_face_list
    face_list = await _container(operations, "large_face_list")
    poller = await run(operations.begin_train(face_list, cls=lambda response, data, headers: response.http_response.status_code))
    assert await run(poller.result()) == 200
    await run(operations.delete(face_list))
