"""Error paths of every FaceAdministrationClient operation, and the argument checks made before anything is sent."""
import io
import uuid

import pytest
from azure.core.exceptions import HttpResponseError, ResourceExistsError, ResourceNotFoundError

from azure.ai.vision.face.emulator.images import make_face_image

from tests.admin._helpers import data_url, image, new_id, run

FACE = str(uuid.uuid4())  # a well-formed id nobody created
PERSON = str(uuid.uuid4())

# operation name -> how to call it on a container id that does not exist
ON_MISSING_LIST = {
    "delete": lambda ops, cid: ops.delete(cid),
    "get": lambda ops, cid: ops.get(cid),
    "update": lambda ops, cid: ops.update(cid, name="x"),
    "get_training_status": lambda ops, cid: ops.get_training_status(cid),
    "begin_train": lambda ops, cid: ops.begin_train(cid),
    "add_face": lambda ops, cid: ops.add_face(cid, image("eve")),
    "add_face_from_url": lambda ops, cid: ops.add_face_from_url(cid, url=data_url(image("eve"))),
    "delete_face": lambda ops, cid: ops.delete_face(cid, FACE),
    "get_face": lambda ops, cid: ops.get_face(cid, FACE),
    "update_face": lambda ops, cid: ops.update_face(cid, FACE, user_data="x"),
    "get_faces": lambda ops, cid: ops.get_faces(cid),
}
ON_MISSING_GROUP = {
    **{name: call for name, call in ON_MISSING_LIST.items() if "face" not in name},
    "create_person": lambda ops, cid: ops.create_person(cid, name="x"),
    "delete_person": lambda ops, cid: ops.delete_person(cid, PERSON),
    "get_person": lambda ops, cid: ops.get_person(cid, PERSON),
    "update_person": lambda ops, cid: ops.update_person(cid, PERSON, name="x"),
    "get_persons": lambda ops, cid: ops.get_persons(cid),
    "add_face": lambda ops, cid: ops.add_face(cid, PERSON, image("eve")),
    "add_face_from_url": lambda ops, cid: ops.add_face_from_url(cid, PERSON, url=data_url(image("eve"))),
    "delete_face": lambda ops, cid: ops.delete_face(cid, PERSON, FACE),
    "get_face": lambda ops, cid: ops.get_face(cid, PERSON, FACE),
    "update_face": lambda ops, cid: ops.update_face(cid, PERSON, FACE, user_data="x"),
}
MISSING_CASES = [("large_face_list", name, "LargeFaceListNotFound") for name in ON_MISSING_LIST] + [
    ("large_person_group", name, "LargePersonGroupNotFound") for name in ON_MISSING_GROUP]


@pytest.mark.parametrize("kind,operation,code", MISSING_CASES)
async def test_operations_on_a_missing_container_raise_not_found(clients, kind, operation, code):
    table = ON_MISSING_LIST if kind == "large_face_list" else ON_MISSING_GROUP
    with pytest.raises(ResourceNotFoundError) as caught:
        await run(table[operation](getattr(clients.admin, kind), new_id("missing")))
    assert caught.value.error.code == code and caught.value.status_code == 404


@pytest.mark.parametrize("kind", ["large_face_list", "large_person_group"])
async def test_conflicts_and_missing_children(clients, kind):
    operations = getattr(clients.admin, kind)
    prefix = "LargeFaceList" if kind == "large_face_list" else "LargePersonGroup"
    container = new_id("errors")
    await run(operations.create(container, name="first"))
    with pytest.raises(ResourceExistsError) as exists:
        await run(operations.create(container, name="second"))
    assert exists.value.error.code == prefix + "Exists" and exists.value.status_code == 409
    with pytest.raises(ResourceNotFoundError) as untrained:
        await run(operations.get_training_status(container))
    assert untrained.value.error.code == prefix + "NotTrained"
    if kind == "large_face_list":
        children = [(lambda: operations.get_face(container, FACE), "PersistedFaceNotFound")]
    else:
        person = (await run(operations.create_person(container, name="p"))).person_id
        children = [(lambda: operations.get_person(container, PERSON), "PersonNotFound"),
                    (lambda: operations.get_face(container, person, FACE), "PersistedFaceNotFound")]
    for call, code in children:
        with pytest.raises(ResourceNotFoundError) as caught:
            await run(call())
        assert caught.value.error.code == code
    await run(operations.delete(container))


@pytest.mark.parametrize("kind", ["large_face_list", "large_person_group"])
async def test_listing_errors_carry_the_service_code(clients, emulator, kind):
    list_all = getattr(getattr(clients.admin, kind), "get_" + kind + "s")
    emulator.fail_next(1, 400, method="GET", path="/{}s".format(kind.replace("_", "")), code="BadArgument",
                       message="Argument top is invalid.")
    with pytest.raises(HttpResponseError) as caught:
        await run(list_all(top=5))
    assert caught.value.error.code == "BadArgument" and caught.value.status_code == 400


async def test_add_face_of_an_image_without_a_face_is_rejected_by_the_service(clients):
    operations = clients.admin.large_face_list
    face_list = new_id("noface")
    await run(operations.create(face_list, name="x"))
    with pytest.raises(HttpResponseError) as caught:
        await run(operations.add_face(face_list, make_face_image([])))
    assert caught.value.status_code == 400 and caught.value.error.code
    await run(operations.delete(face_list))


BAD_ARGUMENTS = [
    ("add_face: empty image", ValueError, "empty",
     lambda a: a.large_face_list.add_face("x", b"")),
    ("add_face: image over 6 MB", ValueError, "6 MB",
     lambda a: a.large_person_group.add_face("x", PERSON, b"\0" * (6 * 1024 * 1024 + 1))),
    ("add_face: not bytes", TypeError, "bytes",
     lambda a: a.large_face_list.add_face("x", "image.png")),
    ("target_face: three ints", ValueError, "four",
     lambda a: a.large_face_list.add_face("x", image("eve"), target_face=[1, 2, 3])),
    ("target_face: negative", ValueError, "non-negative",
     lambda a: a.large_person_group.add_face_from_url("x", PERSON, url="http://x", target_face=[1, 2, -3, 4])),
    ("top: zero", ValueError, "between 1 and 1000",
     lambda a: a.large_face_list.get_large_face_lists(top=0)),
    ("top: over 1000", ValueError, "between 1 and 1000",
     lambda a: a.large_person_group.get_persons("x", top=1001)),
    ("top: not an int", TypeError, "int",
     lambda a: a.large_face_list.get_faces("x", top="10")),
    ("create: no name", TypeError, "name",
     lambda a: a.large_person_group.create("x")),
    ("create: body and keywords", TypeError, "not both",
     lambda a: a.large_face_list.create("x", {"name": "a"}, name="b")),
    ("create_person: no name", TypeError, "name",
     lambda a: a.large_person_group.create_person("x", user_data="u")),
    ("add_face_from_url: no url", TypeError, "url",
     lambda a: a.large_face_list.add_face_from_url("x")),
    ("update_face: user data over 1 KB", ValueError, "1024",
     lambda a: a.large_face_list.update_face("x", FACE, user_data="u" * 1025)),
    ("empty id", ValueError, "large_person_group_id",
     lambda a: a.large_person_group.get("")),
    ("body of the wrong type", TypeError, "body",
     lambda a: a.large_person_group.update("x", 42)),
]


@pytest.mark.parametrize("case,error,words,call", BAD_ARGUMENTS, ids=[case[0] for case in BAD_ARGUMENTS])
async def test_bad_arguments_raise_before_sending(clients, emulator, case, error, words, call):
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    with pytest.raises(error, match=words):
        await run(call(clients.admin))
    assert len(emulator.requests) == before


async def test_ids_are_percent_encoded_in_the_path(clients, emulator):
    with pytest.raises(ResourceNotFoundError):
        await run(clients.admin.large_face_list.get_face("a/b", "c d"))
    assert emulator.requests[-1][1].split("?")[0].endswith("/largefacelists/a%2Fb/persistedfaces/c%20d")


async def test_stream_body_for_update_face(clients):
    operations = clients.admin.large_face_list
    face_list = new_id("stream")
    await run(operations.create(face_list, name="x"))
    added = await run(operations.add_face(face_list, image("eve")))
    await run(operations.update_face(face_list, added.persisted_face_id, io.BytesIO(b'{"userData": "s"}')))
    assert (await run(operations.get_face(face_list, added.persisted_face_id))).user_data == "s"
    await run(operations.delete(face_list))
