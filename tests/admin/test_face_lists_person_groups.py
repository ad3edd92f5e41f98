"""Face lists and person groups end to end against the emulator, sync and async: the whole life of each container,
the three request forms, and recognition against them (find similar, identify, verify)."""
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from azure.core.exceptions import HttpResponseError, ResourceExistsError, ResourceNotFoundError
from azure.core.polling import AsyncLROPoller, LROPoller

from azure.ai.vision.face.models import (
    FaceList,
    FaceListFace,
    FaceListItem,
    FaceOperationStatus,
    FaceRecognitionModel,
    FindSimilarMatchMode,
    PersonGroup,
    PersonGroupPerson,
    PersonGroupPersonFace,
)

from tests.admin._helpers import data_url, face_id, image, new_id, run, sent


async def test_face_list_flow_add_find_similar_without_training_delete(clients, emulator):
    fl = clients.admin.face_list
    face_list = new_id("fl")
    await run(fl.create(face_list, name="Faces", user_data="mine", recognition_model="recognition_04"))
    method, path, _, body = sent(emulator, "/facelists/" + face_list)[-1]
    assert (method, body) == ("PUT", b'{"name": "Faces", "userData": "mine", "recognitionModel": "recognition_04"}')

    bill = [await run(fl.add_face(face_list, image("bill", left=40 + 10 * i), user_data="bill-%d" % i))
            for i in range(2)]
    method, path, headers, body = sent(emulator, "/facelists/{}/persistedfaces".format(face_list))[0]
    assert {k.lower(): v for k, v in headers.items()}["content-type"] == "application/octet-stream"
    assert body == image("bill", left=40) and parse_qs(urlsplit(path).query) == {"userData": ["bill-0"]}
    carol = await run(fl.add_face_from_url(
        face_list, url=data_url(image("carol", left=100, top=60)), target_face=[100, 60, 120, 120],
        detection_model="detection_03", user_data="carol"))
    method, path, _, body = sent(emulator, "/facelists/{}/persistedfaces?".format(face_list))[-1]
    assert parse_qs(urlsplit(path).query) == {
        "targetFace": ["100,60,120,120"], "detectionModel": ["detection_03"], "userData": ["carol"]}

    got = await run(fl.get(face_list, return_recognition_model=True))
    assert isinstance(got, FaceList)
    assert (got.face_list_id, got.name, got.user_data, got.recognition_model) == (
        face_list, "Faces", "mine", FaceRecognitionModel.RECOGNITION04)
    assert all(isinstance(f, FaceListFace) for f in got.persisted_faces)
    assert {(f.persisted_face_id, f.user_data) for f in got.persisted_faces} == {
        (bill[0].persisted_face_id, "bill-0"), (bill[1].persisted_face_id, "bill-1"),
        (carol.persisted_face_id, "carol")}

    await run(fl.update(face_list, name="Renamed"))
    await run(fl.update(face_list, io.BytesIO(b'{"userData": "stream body"}')))
    got = await run(fl.get(face_list))
    assert (got.name, got.user_data, got.recognition_model) == ("Renamed", "stream body", None)

    listed = [item for item in await run(fl.get_face_lists(return_recognition_model=True))
              if item.face_list_id == face_list]
    assert len(listed) == 1 and isinstance(listed[0], FaceListItem)
    assert (listed[0].name, listed[0].recognition_model) == ("Renamed", "recognition_04")
    assert "persistedFaces" not in listed[0]
    assert parse_qs(urlsplit(sent(emulator, "/facelists?")[-1][1]).query) == {"returnRecognitionModel": ["true"]}

    # a face list is searched as it is: no training
    query = await face_id(clients.face, "bill")
    similar = await run(clients.face.find_similar_from_face_list(face_id=query, face_list_id=face_list))
    assert {s.persisted_face_id for s in similar} == {f.persisted_face_id for f in bill}
    assert all(s.face_id is None and 0 <= s.confidence <= 1 for s in similar)
    by_body = await run(clients.face.find_similar_from_face_list(
        {"faceId": query, "faceListId": face_list, "maxNumOfCandidatesReturned": 1, "mode": "matchFace"}))
    assert len(by_body) == 1 and by_body[0].persisted_face_id in {f.persisted_face_id for f in bill}
    match_face = await run(clients.face.find_similar_from_face_list(
        face_id=query, face_list_id=face_list, mode=FindSimilarMatchMode.MATCH_FACE, max_num_of_candidates_returned=3))
    assert len(match_face) == 3  # matchFace ranks every face, carol's too

    await run(fl.delete_face(face_list, carol.persisted_face_id))
    assert len((await run(fl.get(face_list))).persisted_faces) == 2
    await run(fl.delete(face_list))
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(fl.get(face_list))
    assert caught.value.error.code == "FaceListNotFound"


async def test_person_group_flow_train_identify_verify_delete(clients, emulator):
    pg = clients.admin.person_group
    group = new_id("pg")
    await run(pg.create(group, name="My Family", user_data="family",
                        recognition_model=FaceRecognitionModel.RECOGNITION04))
    got = await run(pg.get(group, return_recognition_model=True))
    assert isinstance(got, PersonGroup)
    assert (got.person_group_id, got.name, got.user_data, got.recognition_model) == (
        group, "My Family", "family", FaceRecognitionModel.RECOGNITION04)
    await run(pg.update(group, name="Family"))
    assert (await run(pg.get(group))).name == "Family"

    bill = (await run(pg.create_person(group, name="Bill", user_data="Dad"))).person_id
    clare = (await run(pg.create_person(group, {"name": "Clare", "userData": "Mom"}))).person_id
    bill_face = await run(pg.add_face(group, bill, image("bill"), detection_model="detection_03", user_data="Dad-0001"))
    clare_face = await run(pg.add_face_from_url(
        group, clare, url=data_url(image("clare", left=100, top=60)), target_face=[100, 60, 120, 120],
        detection_model="detection_03", user_data="Mom-0001"))
    method, path, _, body = sent(emulator, "/persongroups/{}/persons/{}/persistedfaces?".format(group, clare))[-1]
    assert method == "POST" and parse_qs(urlsplit(path).query) == {
        "targetFace": ["100,60,120,120"], "detectionModel": ["detection_03"], "userData": ["Mom-0001"]}

    person = await run(pg.get_person(group, bill))
    assert isinstance(person, PersonGroupPerson)
    assert (person.name, person.user_data, person.persisted_face_ids) == ("Bill", "Dad", [bill_face.persisted_face_id])
    await run(pg.update_person(group, bill, user_data="Father"))
    assert (await run(pg.get_person(group, bill))).user_data == "Father"
    face = await run(pg.get_face(group, clare, clare_face.persisted_face_id))
    assert isinstance(face, PersonGroupPersonFace) and face.user_data == "Mom-0001"
    await run(pg.update_face(group, clare, clare_face.persisted_face_id, user_data="Mom-0002"))
    assert (await run(pg.get_face(group, clare, clare_face.persisted_face_id))).user_data == "Mom-0002"
    persons = await run(pg.get_persons(group))
    assert all(isinstance(p, PersonGroupPerson) for p in persons) and {p.person_id for p in persons} == {bill, clare}

    target = await face_id(clients.face, "bill")
    with pytest.raises(HttpResponseError) as caught:  # the service refuses an untrained group
        await run(clients.face.identify_from_person_group(face_ids=[target], person_group_id=group))
    assert caught.value.error.code == "PersonGroupNotTrained"

    poller = await run(pg.begin_train(group))
    assert isinstance(poller, (LROPoller, AsyncLROPoller))
    assert await run(poller.result()) is None and poller.status().lower() == "succeeded"
    assert sent(emulator, "/persongroups/{}/train".format(group))[-1][0] == "POST"
    status = await run(pg.get_training_status(group))
    assert status.status is FaceOperationStatus.SUCCEEDED and status.last_successful_training_date_time is not None

    identified = await run(clients.face.identify_from_person_group(
        face_ids=[target], person_group_id=group, max_num_of_candidates_returned=1, confidence_threshold=0.5))
    assert identified[0].face_id == target and [c.person_id for c in identified[0].candidates] == [bill]
    assert sent(emulator, "/identify")[-1][3] == (
        '{"faceIds": ["%s"], "personGroupId": "%s", "maxNumOfCandidatesReturned": 1, "confidenceThreshold": 0.5}'
        % (target, group)).encode()
    verified = await run(clients.face.verify_from_person_group(face_id=target, person_group_id=group, person_id=bill))
    assert verified.is_identical is True
    assert sent(emulator, "/verify")[-1][3] == (
        '{"faceId": "%s", "personGroupId": "%s", "personId": "%s"}' % (target, group, bill)).encode()
    other = await run(clients.face.verify_from_person_group(
        {"faceId": target, "personGroupId": group, "personId": clare}))
    assert other.is_identical is False

    await run(pg.delete_face(group, clare, clare_face.persisted_face_id))
    assert (await run(pg.get_person(group, clare))).persisted_face_ids == []
    await run(pg.delete_person(group, clare))
    assert [p.person_id for p in await run(pg.get_persons(group))] == [bill]
    await run(pg.delete(group))
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(pg.get(group))
    assert caught.value.error.code == "PersonGroupNotFound"


async def test_person_groups_and_their_persons_page_with_start_and_top(clients, emulator):
    pg = clients.admin.person_group
    prefix = new_id("page")
    ids = [prefix + suffix for suffix in ("-a", "-b", "-c")]
    for group in ids:
        await run(pg.create(group, name=group, recognition_model="recognition_04"))
    first = await run(pg.get_person_groups(start=prefix, top=2, return_recognition_model=True))
    assert all(isinstance(g, PersonGroup) for g in first)
    assert [g.person_group_id for g in first] == ids[:2] and {g.recognition_model for g in first} == {"recognition_04"}
    second = await run(pg.get_person_groups(start=ids[1], top=2))
    assert second[0].person_group_id == ids[2] and second[0].recognition_model is None
    assert parse_qs(urlsplit(sent(emulator, "/persongroups?")[-1][1]).query) == {"start": [ids[1]], "top": ["2"]}

    persons = sorted([(await run(pg.create_person(ids[0], name="p%d" % i))).person_id for i in range(3)])
    page = await run(pg.get_persons(ids[0], top=2))
    rest = await run(pg.get_persons(ids[0], start=page[-1].person_id, top=2))
    assert [p.person_id for p in page + rest] == persons
    for group in ids:
        await run(pg.delete(group))


async def test_container_errors_surface_as_the_services_codes(clients):
    fl, pg = clients.admin.face_list, clients.admin.person_group
    face_list, group = new_id("err"), new_id("err")
    await run(fl.create(face_list, {"name": "once"}))
    with pytest.raises(ResourceExistsError) as exists:
        await run(fl.create(face_list, name="twice"))
    assert exists.value.error.code == "FaceListExists"
    with pytest.raises(ResourceNotFoundError) as missing:
        await run(pg.get_person(group, "00000000-0000-0000-0000-000000000000"))
    assert missing.value.error.code == "PersonGroupNotFound"
    with pytest.raises(HttpResponseError) as bad:  # a service parameter: not checked by the client
        await run(fl.create(new_id("err"), name="x" * 129))
    assert bad.value.status_code == 400 and bad.value.error.code
    with pytest.raises(TypeError, match="name"):  # the keyword form is missing a required keyword
        await run(pg.create(group))
    await run(fl.delete(face_list))
