"""Training polls survive transient faults; a failed training raises with the service's own message."""
import uuid

import pytest
from azure.core.polling.base_polling import BadResponse
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError
from azure.core.pipeline.policies import SansIOHTTPPolicy

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests._clock import recording_transport
from tests.reliability._badserver import error_reply, json_reply, reply
from tests.reliability.conftest import run

FAIL_TRAINING = "emulator:fail-training"  # the emulator's marker: training of such a container fails


@pytest.fixture
def admin(emulator, clients):
    return clients.admin(emulator.endpoint, AzureKeyCredential(emulator.key))


class _PollAnswers(SansIOHTTPPolicy):
    """Per attempt (it sits inside the retry policy): the status of each answer to an operation poll, or "dropped"."""

    def __init__(self):
        self.answers = []

    def on_response(self, request, response):
        if "/operations/" in request.http_request.url:
            self.answers.append(response.http_response.status_code)

    def on_exception(self, request):
        if "/operations/" in request.http_request.url:
            self.answers.append("dropped")


@pytest.fixture
def stopped_admin(emulator, clients, emulated_time):
    """An admin client on the session emulator whose clock stands still: training cannot finish before the poller
    waits (its waits move the clock), so faults injected before ``begin_train`` meet a poll of unfinished training.
    ``stopped_admin.answers`` lists what each poll attempt got."""
    answers = _PollAnswers()
    client = clients.admin(emulator.endpoint, AzureKeyCredential(emulator.key), per_retry_policies=[answers],
                           transport=recording_transport(clients.is_async, emulated_time))
    client.answers = answers.answers
    return client


def _polls_of_the_last_operation(emulator):
    polls = [path for method, path, _headers, _body in emulator.requests if method == "GET" and "/operations/" in path]
    return [path for path in polls if path == polls[-1]]


async def _group(admin, user_data=None):
    group_id = "rel-{}".format(uuid.uuid4().hex[:12])
    ops = admin.large_person_group
    await run(ops.create(group_id, name="reliability", user_data=user_data))
    person = await run(ops.create_person(group_id, name="ann"))
    await run(ops.add_face(group_id, person.person_id, make_face_image([FaceSpec("rel-ann")])))
    return group_id


async def test_training_survives_transient_500s_and_a_dropped_connection_mid_poll(emulator, clients, stopped_admin):
    group_id = await _group(stopped_admin)
    ops = stopped_admin.large_person_group
    emulator.fail_next(2, 500, method="GET", path="/operations/")
    emulator.fail_next(1, 500, method="GET", path="/operations/", drop_connection=True)
    poller = await run(ops.begin_train(group_id))
    assert await run(poller.result()) is None
    assert poller.status().lower() == "succeeded"
    # every fault met a poll of unfinished training, then the polls got through; aiohttp itself replays a GET whose
    # reused connection was dropped, so the async client never sees that fault (the emulator does)
    assert stopped_admin.answers[:4] == ([500, 500, 200, 200] if clients.is_async else [500, 500, "dropped", 200])
    assert len(_polls_of_the_last_operation(emulator)) == len(stopped_admin.answers) + clients.is_async
    status = await run(ops.get_training_status(group_id))
    assert status.status == "succeeded"
    await run(ops.delete(group_id))


async def test_training_start_is_retried_on_503_and_throttling(emulator, admin):
    group_id = await _group(admin)
    ops = admin.large_person_group
    emulator.fail_next(1, 503, method="POST", path="/train")
    emulator.fail_next(1, 429, method="POST", path="/train", retry_after=0.05)
    poller = await run(ops.begin_train(group_id))
    assert await run(poller.result()) is None
    await run(ops.delete(group_id))


async def test_failed_training_raises_with_the_service_message_even_after_poll_faults(emulator, stopped_admin):
    group_id = await _group(stopped_admin, user_data=FAIL_TRAINING)
    ops = stopped_admin.large_person_group
    emulator.fail_next(1, 503, method="GET", path="/operations/")
    poller = await run(ops.begin_train(group_id))
    with pytest.raises(HttpResponseError) as info:
        await run(poller.result())
    assert FAIL_TRAINING in str(info.value) and "Training failed" in str(info.value)
    assert stopped_admin.answers[:2] == [503, 200]
    assert len(_polls_of_the_last_operation(emulator)) == len(stopped_admin.answers)
    await run(ops.delete(group_id))


async def test_training_status_that_is_garbled_raises_an_azure_error(bad_server, clients):
    admin = clients.admin(bad_server.endpoint, retry_total=0)
    location = bad_server.endpoint + "/face/v1.2-preview.1/operations/op-1"
    bad_server.script(
        reply(202, b"", content_type=None, headers={"operation-Location": location}),
        reply(200, b'{"status": "runn', content_type="application/json"),
    )
    poller = await run(admin.large_person_group.begin_train("g1"))
    with pytest.raises(HttpResponseError):  # DecodeError is an HttpResponseError
        await run(poller.result())


async def test_training_poll_of_the_wrong_shape_raises_an_azure_error(bad_server, clients):
    admin = clients.admin(bad_server.endpoint, retry_total=0)
    location = bad_server.endpoint + "/face/v1.2-preview.1/operations/op-1"
    bad_server.script(
        reply(202, b"", content_type=None, headers={"operation-Location": location}),
        json_reply(["not", "an", "object"]),
    )
    poller = await run(admin.large_person_group.begin_train("g1"))
    with pytest.raises(HttpResponseError) as info:
        await run(poller.result())
    assert "training status is not a JSON object" in str(info.value)
    assert isinstance(info.value.inner_exception, BadResponse)  # the one private error, converted by the poller


async def test_training_poll_failure_without_a_message_carries_the_status_body(bad_server, clients):
    admin = clients.admin(bad_server.endpoint, retry_total=0)
    location = bad_server.endpoint + "/face/v1.2-preview.1/operations/op-1"
    bad_server.script(
        reply(202, b"", content_type=None, headers={"operation-Location": location}),
        json_reply({"status": "failed", "createdDateTime": "2024-01-01T00:00:00Z"}),
    )
    poller = await run(admin.large_person_group.begin_train("g1"))
    with pytest.raises(HttpResponseError) as info:
        await run(poller.result())
    assert info.value.status_code == 200 and '"status": "failed"' in str(info.value)


async def test_training_start_refused_raises_the_service_error(bad_server, clients):
    admin = clients.admin(bad_server.endpoint, retry_total=0)
    bad_server.script(error_reply(409, "PersonGroupTrainingNotFinished", "Training is already running."))
    with pytest.raises(HttpResponseError) as info:
        await run(admin.large_person_group.begin_train("g1"))
    assert info.value.status_code == 409 and "already running" in str(info.value)
