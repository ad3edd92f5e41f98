"""Bad input gets a clear error that says what to fix. Client parameters (endpoint, credential) are checked when the
client is built; service parameters are sent as given and the service's 400 surfaces as ``HttpResponseError`` with
``.error.code`` and ``.error.message`` (Azure SDK guideline, and what the published package does). Nothing the
caller passed is silently dropped or altered.
"""
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError

from azure.ai.vision.face import FaceAdministrationClient, FaceClient, FaceSessionClient
from tests.reliability._badserver import error_reply, json_reply
from tests.reliability.conftest import run

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
IMAGE = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048
MB = 1024 * 1024


@pytest.fixture
def face(bad_server, clients):
    return clients.face(bad_server.endpoint)


@pytest.fixture
def admin(bad_server, clients):
    return clients.admin(bad_server.endpoint)


@pytest.fixture
def session(bad_server, clients):
    return clients.session(bad_server.endpoint)


@pytest.fixture
def emu_clients(emulator, clients):
    """Clients of the flavour under test, bound to the emulator (which answers service parameters with a 400)."""
    credential = AzureKeyCredential(emulator.key)
    return (clients.face(emulator.endpoint, credential), clients.admin(emulator.endpoint, credential),
            clients.session(emulator.endpoint, credential))


FACE = "<a faceId the service knows>"


@pytest.fixture
def known(emulator):
    """A faceId the emulator knows and an existing large person group, so that only the argument under test is off."""
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    credential = AzureKeyCredential(emulator.key)
    with FaceClient(emulator.endpoint, credential) as face, FaceAdministrationClient(emulator.endpoint, credential) as admin:
        face_id = face.detect(make_face_image([FaceSpec("bad-input")]), **DETECT)[0].face_id
        group = "bad-input-known"
        if group not in [g.large_person_group_id for g in admin.large_person_group.get_large_person_groups()]:
            admin.large_person_group.create(group, name="g", recognition_model="recognition_04")
    return face_id, group


def _fill(kwargs, known):
    face_id, group = known
    out = {}
    for key, value in kwargs.items():
        if value == FACE:
            value = face_id
        elif isinstance(value, list):
            value = [face_id if item == FACE else item for item in value]
        elif value == "g":
            value = group
        out[key] = value
    return out


async def service_refuses(emulator, call, *fragments):
    """``call`` is sent (not checked client-side) and the service's 400 comes back as HttpResponseError."""
    emulator.clear_requests()  # the log keeps only 1000: start it empty
    with pytest.raises(HttpResponseError) as info:
        await run(call())
    error = info.value
    assert error.status_code == 400, str(error)
    assert error.error is not None and error.error.code and error.error.message, str(error)
    for fragment in fragments:
        assert fragment in error.error.message, error.error.message
    assert emulator.requests, "nothing reached the service"
    return error


# --------------------------------------------------------------------------- FaceClient
#
# Azure SDK guideline: the client checks client parameters (endpoint, credential, polling) and leaves service
# parameters to the service. Each case below is sent as given and the service's 400 surfaces as HttpResponseError.


@pytest.mark.parametrize("ttl", [59, 86401, 0, -1])
async def test_face_id_time_to_live_out_of_range(emulator, emu_clients, ttl):
    face = emu_clients[0]
    await service_refuses(emulator, lambda: face.detect(IMAGE, face_id_time_to_live=ttl, **DETECT), "faceIdTimeToLive")


async def test_images_empty_or_oversize(emulator, emu_clients):
    face = emu_clients[0]
    await service_refuses(emulator, lambda: face.detect(b"", **DETECT))
    await service_refuses(emulator, lambda: face.detect(b"x" * (6 * MB + 1), **DETECT))
    await service_refuses(emulator, lambda: face.detect(io.BytesIO(b""), **DETECT))


async def test_an_image_of_exactly_6_mb_is_sent_whole(bad_server, face):
    bad_server.script(json_reply([]))
    image = b"\x89PNG" + b"\x01" * (6 * MB - 4)
    assert await run(face.detect(image, **DETECT)) == []
    assert bad_server.requests[0].body == image


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        (dict(face_id=FACE, face_ids=[]), "faceIds"),
        (dict(face_id=FACE, face_ids=[FACE] * 1001), "faceIds"),
        (dict(face_id="", face_ids=[FACE]), "faceId"),
        (dict(face_id=FACE, face_ids=[FACE], max_num_of_candidates_returned=0), "maxNumOfCandidatesReturned"),
        (dict(face_id=FACE, face_ids=[FACE], max_num_of_candidates_returned=1001), "maxNumOfCandidatesReturned"),
    ],
)
async def test_find_similar_arguments(emulator, emu_clients, known, kwargs, fragment):
    face = emu_clients[0]
    await service_refuses(emulator, lambda: face.find_similar(**_fill(kwargs, known)), fragment)


async def test_find_similar_without_face_id_is_a_missing_argument(bad_server, face):
    with pytest.raises(TypeError, match="face_id"):
        await run(face.find_similar(face_ids=["a"]))
    assert bad_server.requests == []


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        (dict(face_ids=[], large_person_group_id="g"), "faceIds"),
        (dict(face_ids=[FACE] * 11, large_person_group_id="g"), "faceIds"),
        (dict(face_ids=[FACE], large_person_group_id="g", max_num_of_candidates_returned=101),
         "maxNumOfCandidatesReturned"),
        (dict(face_ids=[FACE], large_person_group_id="g", confidence_threshold=1.5), "confidenceThreshold"),
    ],
)
async def test_identify_arguments(emulator, emu_clients, known, kwargs, fragment):
    face = emu_clients[0]
    await service_refuses(emulator, lambda: face.identify_from_large_person_group(**_fill(kwargs, known)), fragment)


async def test_the_body_wins_over_keywords(bad_server, face):
    bad_server.script(json_reply({"isIdentical": True, "confidence": 0.9}))
    await run(face.verify_face_to_face({"faceId1": "a", "faceId2": "b"}, face_id1="c"))
    assert json.loads(bad_server.requests[0].body) == {"faceId1": "a", "faceId2": "b"}


async def test_group_with_an_empty_list(emulator, emu_clients):
    face = emu_clients[0]
    await service_refuses(emulator, lambda: face.group(face_ids=[]), "faceIds")


async def test_everything_given_is_sent_as_given(bad_server, face):
    bad_server.script(json_reply([]), json_reply([]))
    await run(face.find_similar(face_id="f-1", face_ids=["a", "b", "c"], max_num_of_candidates_returned=1000,
                                mode="matchFace"))
    sent = json.loads(bad_server.requests[0].body)
    assert sent == {"faceId": "f-1", "faceIds": ["a", "b", "c"], "maxNumOfCandidatesReturned": 1000, "mode": "matchFace"}
    await run(face.detect(IMAGE, face_id_time_to_live=60, return_face_landmarks=False, **DETECT))
    query = parse_qs(urlsplit(bad_server.requests[1].target).query)
    assert query["faceIdTimeToLive"] == ["60"] and query["returnFaceLandmarks"] == ["false"]
    assert bad_server.requests[1].body == IMAGE


async def test_an_unknown_keyword_is_not_silently_dropped(bad_server, face):
    with pytest.raises(TypeError):
        await run(face.detect(IMAGE, not_an_option=1, **DETECT))


async def test_what_only_the_service_can_judge_comes_back_as_its_400(bad_server, face):
    # an unknown detection model name is not rejected client-side (new models appear); the service's 400 is raised
    bad_server.script(error_reply(400, "BadArgument", "Invalid detectionModel."))
    with pytest.raises(HttpResponseError) as info:
        await run(face.detect(IMAGE, detection_model="detection_99", recognition_model="recognition_04",
                              return_face_id=True))
    assert info.value.status_code == 400 and info.value.error.code == "BadArgument"
    assert "Invalid detectionModel." in str(info.value)
    assert "detectionModel=detection_99" in bad_server.requests[0].target


# --------------------------------------------------------------------------- administration and sessions


@pytest.mark.parametrize("top", [0, 1001, -5])
async def test_top_out_of_range(emulator, emu_clients, top):
    _, admin, session = emu_clients
    await service_refuses(emulator, lambda: admin.large_face_list.get_large_face_lists(top=top), "top")
    await service_refuses(emulator, lambda: admin.large_person_group.get_large_person_groups(top=top), "top")
    await service_refuses(emulator, lambda: session.get_liveness_sessions(top=top), "top")


async def test_admin_ids_and_names(emulator, emu_clients):
    lpg = emu_clients[1].large_person_group
    await service_refuses(emulator, lambda: lpg.create("Not A Valid Id", name="n"), "largePersonGroupId")
    await service_refuses(emulator, lambda: lpg.create("bad-input-g1", name=""), "name")
    await service_refuses(emulator, lambda: lpg.create("bad-input-g2", name="n" * 129), "name")
    await service_refuses(emulator, lambda: lpg.create("bad-input-g3", name="n", user_data="u" * 16385), "userData")


async def test_add_face_image_and_target_face(emulator, emu_clients):
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    lpg = emu_clients[1].large_person_group
    group = "bad-input-faces-" + emu_clients[1].__class__.__module__.split(".")[-2]
    await run(lpg.create(group, name="g"))
    try:
        person = (await run(lpg.create_person(group, name="p"))).person_id
        await service_refuses(emulator, lambda: lpg.add_face(group, person, b""))
        image = make_face_image([FaceSpec("bad-input")])
        await service_refuses(emulator, lambda: lpg.add_face(group, person, image, target_face=[1, 2, 3]),
                              "targetFace")
    finally:
        await run(lpg.delete(group))


async def test_path_ids_are_encoded_not_altered(bad_server, admin):
    bad_server.script(json_reply({"largePersonGroupId": "a/b?c", "name": "n"}))
    await run(admin.large_person_group.get("a/b?c"))
    assert urlsplit(bad_server.requests[0].target).path.endswith("/largepersongroups/a%2Fb%3Fc")


# --------------------------------------------------------------------------- construction


@pytest.mark.parametrize(
    "endpoint, fragment",
    [
        ("", "endpoint"),
        ("example.cognitiveservices.azure.com", "http"),
        ("ftp://example.com", "http"),
        ("https://", "endpoint"),
        ("https://example.com?x=1", "query"),
        ("https://example.com:99999", "port"),
        ("https://exa mple.com", "spaces"),
        ("https://user:secret@example.com", "credential"),
    ],
)
@pytest.mark.parametrize("cls", [FaceClient, FaceAdministrationClient, FaceSessionClient])
def test_malformed_endpoints(cls, endpoint, fragment):
    with pytest.raises(ValueError) as info:
        cls(endpoint, AzureKeyCredential("k"))
    assert fragment in str(info.value)
    assert "secret" not in str(info.value) or "user:" not in endpoint


def test_wrong_credentials_say_what_to_pass():
    with pytest.raises(TypeError, match="AzureKeyCredential"):
        FaceClient("https://example.com", "my-key")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="credential"):
        FaceClient("https://example.com", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="endpoint"):
        FaceClient(b"https://example.com", AzureKeyCredential("k"))  # type: ignore[arg-type]
