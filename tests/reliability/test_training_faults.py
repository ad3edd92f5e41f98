"""Training polls survive transient faults; a failed training raises with the service's own message."""
import uuid

import pytest
from azure.core.polling.base_polling import BadResponse
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests.reliability._badserver import error_reply, json_reply, reply
from tests.reliability.conftest import run

FAIL_TRAINING = "emulator:fail-training"  # the emulator's marker: training of such a container fails


@pytest.fixture
def admin(emulator, clients):
    return clients.admin(emulator.endpoint, AzureKeyCredential(emulator.key))


async def _group(admin, user_data=None):
    group_id = "rel-{}".format(uuid.uuid4().hex[:12])
    ops = admin.large_person_group
    await run(ops.create(group_id, name="reliability", user_data=user_data))
    person = await run(ops.create_person(group_id, name="ann"))
    await run(ops.add_face(group_id, person.person_id, make_face_image([FaceSpec("rel-ann")])))
    return group_id


async def test_training_survives_transient_500s_and_a_dropped_connection_mid_poll(emulator, admin):
    group_id = await _group(admin)
    ops = admin.large_person_group
    poller = await run(ops.begin_train(group_id))
    emulator.fail_next(2, 500, method="GET", path="/operations/")
    emulator.fail_next(1, 500, method="GET", path="/operations/", drop_connection=True)
    assert await run(poller.result()) is None
    assert poller.status().lower() == "succeeded"
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


async def test_failed_training_raises_with_the_service_message_even_after_poll_faults(emulator, admin):
    group_id = await _group(admin, user_data=FAIL_TRAINING)
    ops = admin.large_person_group
    poller = await run(ops.begin_train(group_id))
    emulator.fail_next(1, 503, method="GET", path="/operations/")
    with pytest.raises(HttpResponseError) as info:
        await run(poller.result())
    assert FAIL_TRAINING in str(info.value) and "Training failed" in str(info.value)
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
