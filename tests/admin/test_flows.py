"""FaceAdministrationClient end to end against the emulator: the published flows, paging and the request forms."""
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from azure.core.exceptions import ResourceNotFoundError

from azure.ai.vision.face.models import (
    FaceOperationStatus,
    FaceRecognitionModel,
    LargeFaceList,
    LargeFaceListFace,
    LargePersonGroup,
    LargePersonGroupPerson,
    LargePersonGroupPersonFace,
)

from tests.admin._helpers import data_url, face_id, image, new_id, run, sent


async def test_large_person_group_flow_train_identify_verify_delete(clients, emulator):
    admin, lpg = clients.admin, clients.admin.large_person_group
    group = new_id("lpg")
    await run(lpg.create(group, name="My Family", user_data="family", recognition_model=FaceRecognitionModel.RECOGNITION04))
    got = await run(lpg.get(group, return_recognition_model=True))
    assert isinstance(got, LargePersonGroup)
    assert (got.large_person_group_id, got.name, got.user_data, got.recognition_model) == (
        group, "My Family", "family", FaceRecognitionModel.RECOGNITION04)
    await run(lpg.update(group, name="Family"))
    assert (await run(lpg.get(group))).name == "Family"

    bill = (await run(lpg.create_person(group, name="Bill", user_data="Dad"))).person_id
    clare = (await run(lpg.create_person(group, {"name": "Clare", "userData": "Mom"}))).person_id
    bill_face = await run(lpg.add_face(group, bill, image("bill"), detection_model="detection_03", user_data="Dad-0001"))
    clare_face = await run(lpg.add_face_from_url(
        group, clare, url=data_url(image("clare", left=100, top=60)), target_face=[100, 60, 120, 120],
        detection_model="detection_03", user_data="Mom-0001"))
    method, path, headers, body = sent(emulator, "/persons/{}/persistedfaces?".format(clare))[-1]
    assert method == "POST" and parse_qs(urlsplit(path).query) == {
        "targetFace": ["100,60,120,120"], "detectionModel": ["detection_03"], "userData": ["Mom-0001"]}

    person = await run(lpg.get_person(group, bill))
    assert isinstance(person, LargePersonGroupPerson)
    assert (person.name, person.user_data, person.persisted_face_ids) == ("Bill", "Dad", [bill_face.persisted_face_id])
    await run(lpg.update_person(group, bill, user_data="Father"))
    assert (await run(lpg.get_person(group, bill))).user_data == "Father"
    face = await run(lpg.get_face(group, clare, clare_face.persisted_face_id))
    assert isinstance(face, LargePersonGroupPersonFace) and face.user_data == "Mom-0001"
    await run(lpg.update_face(group, clare, clare_face.persisted_face_id, user_data="Mom-0002"))
    assert (await run(lpg.get_face(group, clare, clare_face.persisted_face_id))).user_data == "Mom-0002"
    assert {p.person_id for p in await run(lpg.get_persons(group))} == {bill, clare}

    poller = await run(lpg.begin_train(group))
    assert await run(poller.result()) is None and poller.status().lower() == "succeeded"
    status = await run(lpg.get_training_status(group))
    assert status.status is FaceOperationStatus.SUCCEEDED and status.last_successful_training_date_time is not None

    target = await face_id(clients.face, "bill")
    identified = await run(clients.face.identify_from_large_person_group(face_ids=[target], large_person_group_id=group))
    assert identified[0].candidates[0].person_id == bill
    verified = await run(clients.face.verify_from_large_person_group(
        face_id=target, large_person_group_id=group, person_id=bill))
    assert verified.is_identical is True

    await run(lpg.delete_face(group, clare, clare_face.persisted_face_id))
    assert (await run(lpg.get_person(group, clare))).persisted_face_ids == []
    await run(lpg.delete_person(group, clare))
    assert [p.person_id for p in await run(lpg.get_persons(group))] == [bill]
    await run(lpg.delete(group))
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(admin.large_person_group.get(group))
    assert caught.value.error.code == "LargePersonGroupNotFound"


async def test_large_face_list_flow_train_find_similar_delete(clients, emulator):
    lfl = clients.admin.large_face_list
    face_list = new_id("lfl")
    await run(lfl.create(face_list, name="Faces", recognition_model="recognition_04"))
    bill = [await run(lfl.add_face(face_list, image("bill", left=40 + 10 * i), user_data="bill-%d" % i)) for i in range(2)]
    carol = await run(lfl.add_face_from_url(face_list, {"url": data_url(image("carol"))}))
    method, path, headers, body = sent(emulator, "/largefacelists/{}/persistedfaces".format(face_list))[0]
    assert {k.lower(): v for k, v in headers.items()}["content-type"] == "application/octet-stream"
    assert body == image("bill") and parse_qs(urlsplit(path).query) == {"userData": ["bill-0"]}

    faces = await run(lfl.get_faces(face_list))
    assert all(isinstance(f, LargeFaceListFace) for f in faces)
    assert {f.persisted_face_id for f in faces} == {f.persisted_face_id for f in bill + [carol]}
    one = await run(lfl.get_face(face_list, bill[1].persisted_face_id))
    assert one.user_data == "bill-1"
    await run(lfl.update_face(face_list, bill[1].persisted_face_id, {"userData": "renamed"}))
    assert (await run(lfl.get_face(face_list, bill[1].persisted_face_id))).user_data == "renamed"
    await run(lfl.update(face_list, io.BytesIO(b'{"userData": "stream body"}')))
    got = await run(lfl.get(face_list, return_recognition_model=True))
    assert isinstance(got, LargeFaceList)
    assert (got.name, got.user_data, got.recognition_model) == ("Faces", "stream body", "recognition_04")

    await run((await run(lfl.begin_train(face_list))).result())
    assert (await run(lfl.get_training_status(face_list))).status == "succeeded"
    similar = await run(clients.face.find_similar_from_large_face_list(
        face_id=await face_id(clients.face, "bill"), large_face_list_id=face_list))
    assert {s.persisted_face_id for s in similar} == {f.persisted_face_id for f in bill}

    await run(lfl.delete_face(face_list, carol.persisted_face_id))
    assert len(await run(lfl.get_faces(face_list))) == 2
    await run(lfl.delete(face_list))
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(lfl.get_faces(face_list))
    assert caught.value.error.code == "LargeFaceListNotFound"


async def test_create_accepts_json_and_stream_bodies(clients):
    lpg = clients.admin.large_person_group
    by_json, by_stream = new_id("json"), new_id("stream")
    await run(lpg.create(by_json, {"name": "json", "recognitionModel": "recognition_03"}))
    await run(lpg.create(by_stream, io.BytesIO(b'{"name": "stream"}')))
    assert (await run(lpg.get(by_json, return_recognition_model=True))).recognition_model == "recognition_03"
    assert (await run(lpg.get(by_stream, return_recognition_model=True))).recognition_model == "recognition_01"
    person = await run(lpg.create_person(by_stream, io.BytesIO(b'{"name": "p"}')))
    await run(lpg.update_person(by_stream, person.person_id, {"name": "q"}))
    assert (await run(lpg.get_person(by_stream, person.person_id))).name == "q"
    for group in (by_json, by_stream):
        await run(lpg.delete(group))


@pytest.mark.parametrize("kind", ["large_face_list", "large_person_group"])
async def test_listing_pages_with_start_and_top(clients, emulator, kind):
    operations = getattr(clients.admin, kind)
    list_all = getattr(operations, "get_" + kind + "s")
    prefix = new_id("page")
    ids = [prefix + suffix for suffix in ("-a", "-b", "-c")]
    for container in ids:
        await run(operations.create(container, name=container, recognition_model="recognition_04"))
    first = await run(list_all(start=prefix, top=2, return_recognition_model=True))
    assert [getattr(c, kind + "_id") for c in first] == ids[:2]
    assert {c.recognition_model for c in first} == {"recognition_04"}
    second = await run(list_all(start=ids[1], top=2))
    assert getattr(second[0], kind + "_id") == ids[2] and second[0].recognition_model is None
    assert parse_qs(urlsplit(sent(emulator, "/{}s?".format(kind.replace("_", "")))[-1][1]).query) == {
        "start": [ids[1]], "top": ["2"]}
    for container in ids:
        await run(operations.delete(container))


async def test_persons_and_faces_page_across_more_than_one_page(clients):
    lpg, lfl = clients.admin.large_person_group, clients.admin.large_face_list
    group, face_list = new_id("persons"), new_id("faces")
    await run(lpg.create(group, name="paging"))
    await run(lfl.create(face_list, name="paging"))
    persons = sorted([(await run(lpg.create_person(group, name="p%d" % i))).person_id for i in range(5)])
    faces = sorted([(await run(lfl.add_face(face_list, image("f%d" % i)))).persisted_face_id for i in range(3)])

    seen, start = [], None
    while True:
        page = await run(lpg.get_persons(group, start=start, top=2))
        if not page:
            break
        assert len(page) <= 2
        seen += [p.person_id for p in page]
        start = page[-1].person_id
    assert seen == persons

    first = await run(lfl.get_faces(face_list, top=2))
    rest = await run(lfl.get_faces(face_list, start=first[-1].persisted_face_id, top=2))
    assert [f.persisted_face_id for f in first + rest] == faces
    await run(lpg.delete(group))
    await run(lfl.delete(face_list))
