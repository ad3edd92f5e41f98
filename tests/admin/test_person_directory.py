"""The person directory end to end against the emulator, sync and async: persons, faces per recognition model,
dynamic person groups, identify/verify against them, and their long-running operations (results, failure,
polling=False, continuation tokens, exact waits, get_operation_result)."""
import io
import json
import subprocess
import sys
import textwrap

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError, ResourceExistsError, ResourceNotFoundError
from azure.core.pipeline.policies import SansIOHTTPPolicy

from azure.ai.vision.face import FaceAdministrationClient
from azure.ai.vision.face.aio import FaceAdministrationClient as AsyncFaceAdministrationClient
from azure.ai.vision.face.emulator import run_emulator
from azure.ai.vision.face.models import (
    DynamicPersonGroup,
    FaceRecognitionModel,
    ListFaceResult,
    ListGroupReferenceResult,
    ListPersonResult,
    OperationResult,
    OperationStatus,
    PersonDirectoryFace,
    PersonDirectoryPerson,
)
from tests._clock import recording_transport
from tests._env import package_env
from tests.admin._helpers import DETECT, data_url, image, new_id, run

FAIL = "emulator:fail-operation"  # the emulator's documented marker: an operation on such an entity fails
MODEL = "recognition_04"


async def _person(pd, name="bill", **kwargs):
    return await run((await run(pd.begin_create_person(name=name, **kwargs))).result())


async def _enrolled(pd, identity):
    """A new person holding one face of ``identity`` for recognition_04."""
    person = await _person(pd, identity)
    await run((await run(pd.begin_add_face(person.person_id, MODEL, image(identity), detection_model="detection_03")))
              .result())
    return person.person_id


async def _detected(face_client, identity):
    faces = await run(face_client.detect(image(identity), **DETECT))
    return faces[0].face_id


async def test_person_lifecycle(clients):
    pd = clients.admin.person_directory
    person = await _person(pd, "Bill", user_data="Dad")
    assert isinstance(person, PersonDirectoryPerson)
    assert (person.name, person.user_data) == ("Bill", "Dad") and person.person_id
    await run(pd.update_person(person.person_id, name="William"))
    got = await run(pd.get_person(person.person_id))
    assert (got.person_id, got.name, got.user_data) == (person.person_id, "William", "Dad")
    listed = await run(pd.get_persons())
    assert person.person_id in [p.person_id for p in listed] and all(isinstance(p, PersonDirectoryPerson) for p in listed)
    after = await run(pd.get_persons(start=person.person_id, top=1))
    assert len(after) <= 1 and all(p.person_id > person.person_id for p in after)
    assert await run((await run(pd.begin_delete_person(person.person_id))).result()) is None
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(pd.get_person(person.person_id))
    assert caught.value.error.code == "PersonNotFound"


async def test_faces_are_added_listed_updated_and_deleted_per_recognition_model(clients):
    pd = clients.admin.person_directory
    pid = (await _person(pd)).person_id
    poller = await run(pd.begin_add_face(pid, FaceRecognitionModel.RECOGNITION04, image("bill"), user_data="first"))
    face = await run(poller.result())
    assert isinstance(face, PersonDirectoryFace) and face.user_data == "first" and face.persisted_face_id
    from_url = await run((await run(pd.begin_add_face_from_url(
        pid, MODEL, url=data_url(image("bill", left=100, top=60)), target_face=[100, 60, 120, 120],
        detection_model="detection_03"))).result())
    listed = await run(pd.get_faces(pid, MODEL))
    assert isinstance(listed, ListFaceResult)
    assert (listed.person_id, listed.persisted_face_ids) == (pid, [face.persisted_face_id, from_url.persisted_face_id])
    assert (await run(pd.get_faces(pid, "recognition_03"))).persisted_face_ids == []
    await run(pd.update_face(pid, MODEL, face.persisted_face_id, user_data="changed"))
    assert (await run(pd.get_face(pid, MODEL, face.persisted_face_id))).user_data == "changed"
    assert await run((await run(pd.begin_delete_face(pid, MODEL, face.persisted_face_id))).result()) is None
    assert (await run(pd.get_faces(pid, MODEL))).persisted_face_ids == [from_url.persisted_face_id]
    await run((await run(pd.begin_delete_person(pid))).result())


async def test_dynamic_person_groups_and_identification(clients):
    pd, face_client = clients.admin.person_directory, clients.face
    bill_identity, clare_identity = new_id("bill"), new_id("clare")
    bill, clare = await _enrolled(pd, bill_identity), await _enrolled(pd, clare_identity)
    group_id = new_id("dpg")
    poller = await run(pd.begin_create_dynamic_person_group_with_person(
        group_id, name="Family", add_person_ids=[bill], user_data="family"))
    group = await run(poller.result())
    assert isinstance(group, DynamicPersonGroup)
    assert (group.dynamic_person_group_id, group.name, group.user_data) == (group_id, "Family", "family")
    persons = await run(pd.get_dynamic_person_group_persons(group_id))
    assert isinstance(persons, ListPersonResult) and persons.person_ids == [bill]

    query = await _detected(face_client, clare_identity)
    assert (await run(face_client.identify_from_dynamic_person_group(
        face_ids=[query], dynamic_person_group_id=group_id)))[0].candidates == []  # clare is not in it yet
    changed = await run((await run(pd.begin_update_dynamic_person_group_with_person_changes(
        group_id, name="Parents", add_person_ids=[clare], remove_person_ids=[bill]))).result())
    assert (changed.name, (await run(pd.get_dynamic_person_group_persons(group_id))).person_ids) == ("Parents", [clare])
    found = await run(face_client.identify_from_dynamic_person_group(
        face_ids=[query], dynamic_person_group_id=group_id, max_num_of_candidates_returned=1))
    assert [c.person_id for c in found[0].candidates] == [clare] and found[0].face_id == query
    direct = await run(face_client.identify_from_person_directory(face_ids=[query], person_ids=[bill, clare],
                                                                 confidence_threshold=0.5))
    assert [c.person_id for c in direct[0].candidates] == [clare]
    verified = await run(face_client.verify_from_person_directory(face_id=query, person_id=clare))
    assert verified.is_identical is True and verified.confidence > 0.5
    assert (await run(face_client.verify_from_person_directory(face_id=query, person_id=bill))).is_identical is False

    references = await run(pd.get_dynamic_person_group_references(clare))
    assert isinstance(references, ListGroupReferenceResult) and references.dynamic_person_group_ids == [group_id]
    await run(pd.update_dynamic_person_group(group_id, user_data="parents"))
    got = await run(pd.get_dynamic_person_group(group_id))
    assert (got.name, got.user_data) == ("Parents", "parents")
    assert group_id in [g.dynamic_person_group_id for g in await run(pd.get_dynamic_person_groups())]
    assert await run((await run(pd.begin_delete_dynamic_person_group(group_id))).result()) is None
    with pytest.raises(ResourceNotFoundError):
        await run(pd.get_dynamic_person_group(group_id))
    for pid in (bill, clare):
        await run((await run(pd.begin_delete_person(pid))).result())


async def test_an_empty_group_is_created_at_once_and_a_second_one_conflicts(clients):
    pd = clients.admin.person_directory
    group_id = new_id("empty")
    assert await run(pd.create_dynamic_person_group(group_id, name="Empty")) is None
    assert (await run(pd.get_dynamic_person_group_persons(group_id))).person_ids == []
    with pytest.raises(ResourceExistsError) as caught:
        await run(pd.create_dynamic_person_group(group_id, {"name": "Again"}))
    assert caught.value.error.code == "DynamicPersonGroupExists"
    await run((await run(pd.begin_delete_dynamic_person_group(group_id))).result())


async def test_json_and_stream_bodies(clients, emulator):
    pd, face_client = clients.admin.person_directory, clients.face
    from_json = await run((await run(pd.begin_create_person({"name": "json", "userData": "j"}))).result())
    from_stream = await run((await run(pd.begin_create_person(io.BytesIO(b'{"name": "stream"}')))).result())
    assert (from_json.name, from_json.user_data, from_stream.name) == ("json", "j", "stream")
    identity = new_id("body")
    pid = await _enrolled(pd, identity)
    query = await _detected(face_client, identity)
    emulator.clear_requests()
    body = {"faceIds": [query], "personIds": [pid]}
    as_json = await run(face_client.identify_from_person_directory(body))
    as_stream = await run(face_client.identify_from_person_directory(io.BytesIO(json.dumps(body).encode())))
    assert as_json == as_stream and as_json[0].candidates[0].person_id == pid
    assert [json.loads(r[3]) for r in emulator.requests] == [body, body]
    verified = await run(face_client.verify_from_person_directory({"faceId": query, "personId": pid}))
    assert verified.is_identical is True
    for person in (from_json.person_id, from_stream.person_id, pid):
        await run((await run(pd.begin_delete_person(person))).result())


async def test_a_failed_operation_raises_with_the_service_message(clients):
    pd = clients.admin.person_directory
    poller = await run(pd.begin_create_person(name="doomed", user_data=FAIL))
    with pytest.raises(HttpResponseError) as caught:
        await run(poller.result())
    assert caught.value.error is not None and FAIL in caught.value.error.message
    assert caught.value.status_code == 200  # raised from the status poll, as for training


async def test_polling_false_returns_what_the_202_says_without_polling(clients, emulator):
    pd = clients.admin.person_directory
    emulator.clear_requests()
    poller = await run(pd.begin_create_person(name="quick", polling=False))
    person = await run(poller.result())
    assert poller.done() and [r[0] for r in emulator.requests] == ["POST"]
    assert isinstance(person, PersonDirectoryPerson) and person.person_id and person.name is None
    member = await _person(pd, "member")
    group_poller = await run(pd.begin_create_dynamic_person_group_with_person(
        new_id("quick"), name="q", add_person_ids=[member.person_id], polling=False))
    assert await run(group_poller.result()) is None  # the 202 of a group carries no body


async def test_cls_shapes_the_operation_result(clients):
    pd = clients.admin.person_directory
    poller = await run(pd.begin_create_person(
        name="cls", cls=lambda response, person, headers: (response.http_response.status_code, person.name, headers)))
    assert await run(poller.result()) == (200, "cls", {})


async def test_resume_from_continuation_token_in_a_new_client(clients, new_admin):
    pd = clients.admin.person_directory
    first = await run(pd.begin_create_person(name="resumed"))
    token = first.continuation_token()
    other = new_admin(polling_interval=0.01).person_directory
    resumed = await run(other.begin_create_person(continuation_token=token))
    person = await run(resumed.result())
    assert person.name == "resumed" and person.person_id == (await run(first.result())).person_id
    face_poller = await run(pd.begin_add_face(person.person_id, MODEL, image("resumed")))
    resumed_face = await run(other.begin_add_face(person.person_id, MODEL, b"", continuation_token=face_poller.continuation_token()))
    face = await run(resumed_face.result())  # the image given with the token is not sent again
    assert face.persisted_face_id == (await run(face_poller.result())).persisted_face_id
    await run((await run(pd.begin_delete_person(person.person_id))).result())


_RESUME_SCRIPT = textwrap.dedent("""
    import asyncio, sys
    from azure.core.credentials import AzureKeyCredential
    endpoint, key, flavour, group_id, token = sys.argv[1:]

    async def main():
        if flavour == "sync":
            from azure.ai.vision.face import FaceAdministrationClient
            with FaceAdministrationClient(endpoint, AzureKeyCredential(key), polling_interval=0.01) as client:
                group = client.person_directory.begin_create_dynamic_person_group_with_person(
                    group_id, continuation_token=token).result()
        else:
            from azure.ai.vision.face.aio import FaceAdministrationClient
            async with FaceAdministrationClient(endpoint, AzureKeyCredential(key), polling_interval=0.01) as client:
                poller = await client.person_directory.begin_create_dynamic_person_group_with_person(
                    group_id, continuation_token=token)
                group = await poller.result()
        print(type(group).__name__, group.name)

    asyncio.run(main())
""")


async def test_resume_from_continuation_token_in_a_new_process(clients, emulator, flavour):
    pd = clients.admin.person_directory
    pid = (await _person(pd, "member")).person_id
    group_id = new_id("proc")
    poller = await run(pd.begin_create_dynamic_person_group_with_person(group_id, name="Club", add_person_ids=[pid]))
    done = subprocess.run(
        [sys.executable, "-c", _RESUME_SCRIPT, emulator.endpoint, emulator.key, flavour, group_id,
         poller.continuation_token()],
        capture_output=True, text=True, timeout=60, check=False, env=package_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["DynamicPersonGroup", "Club"]
    await run(poller.result())
    await run((await run(pd.begin_delete_dynamic_person_group(group_id))).result())


_HINTS = ("Retry-After", "retry-after-ms", "x-ms-retry-after-ms")


class _NoRetryAfter(SansIOHTTPPolicy):
    """Drops the emulator's Retry-After hints, as a service that gives none: the polling interval then decides."""

    def on_response(self, request, response):
        for name in _HINTS:
            response.http_response.headers.pop(name, None)


class _Locations(SansIOHTTPPolicy):
    """Keeps the operation-Location of every 202."""

    def __init__(self):
        self.seen = []

    def on_response(self, request, response):
        if response.http_response.status_code == 202:
            self.seen.append(response.http_response.headers["operation-Location"])


@pytest.fixture
async def timed_admin(flavour, emulated_time):
    """Admin clients on an emulator whose operations take 1 s of emulated time; each client's transport records
    its poller's waits and moves the emulated clock by them instead of sleeping."""
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


async def test_the_polling_interval_decides_the_waits_when_the_service_gives_no_hint(timed_admin):
    admin, transport = timed_admin(polling_interval=5, per_call_policies=[_NoRetryAfter()])
    poller = await run(admin.person_directory.begin_create_person(name="timed", polling_interval=0.125))
    assert (await run(poller.result())).name == "timed"
    assert transport.sleeps == [0.125] * 8


async def test_the_emulators_retry_after_hint_is_followed(timed_admin):
    admin, transport = timed_admin(polling_interval=30)  # 30 s: the SDK's default
    poller = await run(admin.person_directory.begin_create_person(name="hinted"))
    assert (await run(poller.result())).name == "hinted"
    assert transport.sleeps == [1.0]  # the first status (read at once) said Retry-After: 1; the next one is done


async def test_get_operation_result_follows_the_states(timed_admin, emulated_time):
    emulated_time.value = 1_700_000_000.0  # a whole second: the status's millisecond times are exact
    locations = _Locations()
    admin, _ = timed_admin(per_call_policies=[locations])
    await run(admin.person_directory.begin_create_person(name="watched", polling=False))
    operation_id = locations.seen[0].rsplit("/", 1)[1]
    status = await run(admin.get_operation_result(operation_id))
    assert isinstance(status, OperationResult) and status.operation_id == operation_id
    assert (status.status, status.finished_time) == (OperationStatus.NOT_STARTED, None)
    emulated_time.advance(0.5)
    assert (await run(admin.get_operation_result(operation_id))).status == OperationStatus.RUNNING
    emulated_time.advance(0.5)
    done = await run(admin.get_operation_result(operation_id))
    assert done.status == "succeeded" and (done.finished_time - done.created_time).total_seconds() == 1.0
    with pytest.raises(ResourceNotFoundError):
        await run(admin.get_operation_result("00000000-0000-0000-0000-000000000000"))
