"""Training as a long-running operation: success, failure, polling options, Retry-After and continuation tokens."""
import subprocess
import sys
import textwrap

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError
from azure.core.pipeline.policies import SansIOHTTPPolicy
from azure.core.polling.async_base_polling import AsyncLROBasePolling
from azure.core.polling.base_polling import LROBasePolling, OperationResourcePolling

from azure.ai.vision.face import FaceAdministrationClient
from azure.ai.vision.face.aio import FaceAdministrationClient as AsyncFaceAdministrationClient
from azure.ai.vision.face.emulator import run_emulator
from tests._clock import recording_transport
from tests._env import package_env
from tests.admin._helpers import FAIL_TRAINING, image, new_id, run

KINDS = ["large_face_list", "large_person_group", "person_group"]


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
    # as published: azure-core's poller raises, with .error parsed from the failed status (the service's message)
    assert caught.value.error is not None and FAIL_TRAINING in caught.value.error.message
    assert FAIL_TRAINING in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.response is not None
    status = await run(operations.get_training_status(container))
    assert status.status == "failed" and FAIL_TRAINING in status.message
    assert status.last_successful_training_date_time is None  # never trained successfully: absent, not an error
    await run(operations.delete(container))


@pytest.mark.parametrize("kind", KINDS)
async def test_resume_from_continuation_token_in_a_new_client(clients, new_admin, kind):
    operations = getattr(clients.admin, kind)
    container = await _container(operations, kind)
    first = await run(operations.begin_train(container))
    token = first.continuation_token()
    assert isinstance(token, str) and token
    other = getattr(new_admin(polling_interval=0.01), kind)
    resumed = await run(other.begin_train(container, continuation_token=token))
    assert await run(resumed.result()) is None
    await run(first.result())  # the first poller (a thread, for the sync client) stops polling before the next test
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
    poller = await run(operations.begin_train(group))
    token = poller.continuation_token()
    done = subprocess.run(
        [sys.executable, "-c", _RESUME_SCRIPT, emulator.endpoint, emulator.key, flavour, group, token],
        capture_output=True, text=True, timeout=60, check=False, env=package_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "True"]
    await run(poller.result())  # this process's poller (a thread, for the sync client) is done too before the next test
    await run(operations.delete(group))


async def test_polling_false_returns_a_finished_poller_without_polling(clients, emulator):
    operations = clients.admin.large_face_list
    face_list = await _container(operations, "large_face_list")
    emulator.clear_requests()  # the log keeps only 1000: start it empty
    poller = await run(operations.begin_train(face_list, polling=False))
    assert await run(poller.result()) is None and poller.done()
    assert [r[0] for r in emulator.requests] == ["POST"]
    await run(operations.delete(face_list))


class _Recording:
    """Counts the runs of a polling method, to show the caller's own method is the one used."""

    runs = 0

    def run(self):
        self.runs += 1
        return super().run()


class _SyncPolling(_Recording, LROBasePolling):
    pass


class _AsyncPolling(_Recording, AsyncLROBasePolling):
    async def run(self):
        self.runs += 1
        return await AsyncLROBasePolling.run(self)


async def test_a_custom_polling_method_is_used(clients, flavour):
    operations = clients.admin.large_person_group
    group = await _container(operations, "large_person_group")
    polling_class = _SyncPolling if flavour == "sync" else _AsyncPolling
    method = polling_class(0.01, lro_algorithms=[OperationResourcePolling()])
    poller = await run(operations.begin_train(group, polling=method))
    assert poller.polling_method() is method
    assert await run(poller.result()) is None and method.runs == 1
    await run(operations.delete(group))


_HINTS = ("Retry-After", "retry-after-ms", "x-ms-retry-after-ms")


class _NoRetryAfter(SansIOHTTPPolicy):
    """Drops the emulator's Retry-After hints, as a service that gives none: the polling interval then decides."""

    def on_response(self, request, response):
        for name in _HINTS:
            response.http_response.headers.pop(name, None)


@pytest.fixture
async def timed_admin(flavour, emulated_time):
    """A factory of admin clients of the current flavour on an emulator whose training takes 1 s of emulated time.

    Each client's transport records the waits of its poller (``transport.sleeps``) and moves the emulated clock by
    them instead of sleeping, so training finishes after exactly as many waits as the interval asks for.
    """
    with run_emulator(training_seconds=1.0) as emulator:
        made = []

        def make(**kwargs):
            transport = recording_transport(flavour == "async", emulated_time)
            cls = FaceAdministrationClient if flavour == "sync" else AsyncFaceAdministrationClient
            made.append(cls(emulator.endpoint, AzureKeyCredential(emulator.key), transport=transport, **kwargs))
            return made[-1], transport

        yield make
        for client in made:
            await run(client.close())


async def test_per_call_polling_interval_overrides_the_clients(timed_admin):
    admin, transport = timed_admin(polling_interval=5, per_call_policies=[_NoRetryAfter()])
    face_list = await _container(admin.large_face_list, "large_face_list")
    await run((await run(admin.large_face_list.begin_train(face_list, polling_interval=0.125))).result())
    assert transport.sleeps == [0.125] * 8


@pytest.mark.parametrize("kind", KINDS)
async def test_client_polling_interval_is_the_default_wait(timed_admin, kind):
    admin, transport = timed_admin(polling_interval=0.25, per_call_policies=[_NoRetryAfter()])
    operations = getattr(admin, kind)
    container = await _container(operations, kind)
    await run((await run(operations.begin_train(container))).result())
    assert transport.sleeps == [0.25] * 4


class _SeenHints(SansIOHTTPPolicy):
    """Keeps the wait each answer to a status poll asks for (None when it asks for none)."""

    def __init__(self):
        self.waits = []

    def on_response(self, request, response):
        if "/operations/" in request.http_request.url:
            headers = response.http_response.headers
            if "retry-after-ms" in headers:
                self.waits.append(int(headers["retry-after-ms"]) / 1000)
            else:
                self.waits.append(float(headers["Retry-After"]) if "Retry-After" in headers else None)


async def test_the_emulators_retry_after_hint_is_followed(timed_admin):
    hints = _SeenHints()
    admin, transport = timed_admin(polling_interval=30, per_call_policies=[hints])  # 30 s: the SDK's default
    group = await _container(admin.large_person_group, "large_person_group")
    await run((await run(admin.large_person_group.begin_train(group))).result())
    assert hints.waits[-1] is None and None not in hints.waits[:-1]  # only the final answer gives no hint
    assert transport.sleeps == hints.waits[:-1] and len(transport.sleeps) >= 1 and 30 not in transport.sleeps


class _RetryAfter(SansIOHTTPPolicy):
    """Answers the operation status polls with ``Retry-After: 0.5`` (and no other hint), as the service may."""

    def on_response(self, request, response):
        if "/operations/" in request.http_request.url:
            for name in _HINTS:
                response.http_response.headers.pop(name, None)
            response.http_response.headers["Retry-After"] = "0.5"


async def test_retry_after_of_the_status_poll_is_honoured(timed_admin):
    admin, transport = timed_admin(polling_interval=0.125, per_call_policies=[_RetryAfter()])
    group = await _container(admin.large_person_group, "large_person_group")
    await run((await run(admin.large_person_group.begin_train(group))).result())
    assert transport.sleeps == [0.5, 0.5]


async def test_cls_shapes_the_training_result(clients):
    operations = clients.admin.large_face_list
    face_list = await _container(operations, "large_face_list")
    poller = await run(operations.begin_train(face_list, cls=lambda response, data, headers: response.http_response.status_code))
    assert await run(poller.result()) == 200
    await run(operations.delete(face_list))
