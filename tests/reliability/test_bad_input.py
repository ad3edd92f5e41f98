"""Bad input gets a clear error that says what to fix: raised before sending where the contract makes the answer
certain (nothing reaches the server), otherwise the service's 400 as ``HttpResponseError``. Nothing the caller passed
is silently dropped or altered.
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


async def refused(server, call, error, *fragments):
    """``call`` raises ``error`` before anything is sent, with every fragment in its message."""
    with pytest.raises(error) as info:
        await run(call())
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    assert server.requests == []
    return info.value


# --------------------------------------------------------------------------- FaceClient


@pytest.mark.parametrize("ttl", [59, 86401, 0, -1])
async def test_face_id_time_to_live_out_of_range(bad_server, face, ttl):
    await refused(bad_server, lambda: face.detect(IMAGE, face_id_time_to_live=ttl, **DETECT), ValueError,
                  "face_id_time_to_live", "60", "86400", str(ttl))


@pytest.mark.parametrize("value", ["120", 120.0, True])
async def test_face_id_time_to_live_of_the_wrong_type(bad_server, face, value):
    await refused(bad_server, lambda: face.detect(IMAGE, face_id_time_to_live=value, **DETECT), TypeError,
                  "face_id_time_to_live", "int")


async def test_images_empty_oversize_or_of_the_wrong_type(bad_server, face):
    await refused(bad_server, lambda: face.detect(b"", **DETECT), ValueError, "image_content", "empty")
    await refused(bad_server, lambda: face.detect(b"x" * (6 * MB + 1), **DETECT), ValueError, "6 MB")
    await refused(bad_server, lambda: face.detect(io.BytesIO(b""), **DETECT), ValueError, "empty stream")
    spent = io.BytesIO(IMAGE)
    spent.read()
    await refused(bad_server, lambda: face.detect(spent, **DETECT), ValueError, "seek(0)")
    await refused(bad_server, lambda: face.detect(io.BytesIO(b"x" * (6 * MB + 1)), **DETECT), ValueError, "6 MB")
    await refused(bad_server, lambda: face.detect(io.StringIO("text"), **DETECT), TypeError, "'rb'")
    await refused(bad_server, lambda: face.detect("photo.jpg", **DETECT), TypeError, "image_content", "bytes")
    await refused(bad_server, lambda: face.detect(None, **DETECT), TypeError, "image_content")


async def test_an_image_of_exactly_6_mb_is_sent_whole(bad_server, face):
    bad_server.script(json_reply([]))
    image = b"\x89PNG" + b"\x01" * (6 * MB - 4)
    assert await run(face.detect(image, **DETECT)) == []
    assert bad_server.requests[0].body == image


@pytest.mark.parametrize(
    "kwargs, error, fragments",
    [
        (dict(face_id="f", face_ids=[]), ValueError, ("face_ids", "at least 1")),
        (dict(face_id="f", face_ids=["a", ""]), ValueError, ("face_ids", "empty")),
        (dict(face_id="f", face_ids="abc"), TypeError, ("face_ids", "list")),
        (dict(face_id="f", face_ids=[1, 2]), TypeError, ("face_ids", "strings")),
        (dict(face_id="f", face_ids=["a"] * 1001), ValueError, ("face_ids", "1000")),
        (dict(face_id="", face_ids=["a"]), ValueError, ("face_id", "empty")),
        (dict(face_id=7, face_ids=["a"]), TypeError, ("face_id", "string")),
        (dict(face_id="f", face_ids=["a"], max_num_of_candidates_returned=0), ValueError, ("max_num_of_candidates_returned", "1", "1000")),
        (dict(face_id="f", face_ids=["a"], max_num_of_candidates_returned=1001), ValueError, ("max_num_of_candidates_returned",)),
        (dict(face_ids=["a"]), TypeError, ("face_id",)),
    ],
)
async def test_find_similar_arguments(bad_server, face, kwargs, error, fragments):
    await refused(bad_server, lambda: face.find_similar(**kwargs), error, *fragments)


@pytest.mark.parametrize(
    "kwargs, error, fragments",
    [
        (dict(face_ids=[], large_person_group_id="g"), ValueError, ("face_ids", "at least 1")),
        (dict(face_ids=["a"] * 11, large_person_group_id="g"), ValueError, ("face_ids", "10")),
        (dict(face_ids=["a"], large_person_group_id=""), ValueError, ("large_person_group_id", "empty")),
        (dict(face_ids=["a"], large_person_group_id="g" * 65), ValueError, ("large_person_group_id", "64")),
        (dict(face_ids=["a"], large_person_group_id="g", max_num_of_candidates_returned=101), ValueError, ("100",)),
        (dict(face_ids=["a"], large_person_group_id="g", confidence_threshold=1.5), ValueError, ("confidence_threshold", "0", "1")),
        (dict(face_ids=["a"], large_person_group_id="g", confidence_threshold=float("nan")), ValueError, ("confidence_threshold",)),
    ],
)
async def test_identify_arguments(bad_server, face, kwargs, error, fragments):
    await refused(bad_server, lambda: face.identify_from_large_person_group(**kwargs), error, *fragments)


async def test_body_and_keywords_together_are_refused_not_merged(bad_server, face):
    await refused(bad_server, lambda: face.verify_face_to_face({"faceId1": "a", "faceId2": "b"}, face_id1="c"),
                  TypeError, "either", "face_id1")


async def test_group_with_an_empty_list(bad_server, face):
    await refused(bad_server, lambda: face.group(face_ids=[]), ValueError, "face_ids", "at least 1")


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
async def test_top_out_of_range(bad_server, admin, session, top):
    await refused(bad_server, lambda: admin.large_person_group.get_persons("g", top=top), ValueError, "top", "1000")
    await refused(bad_server, lambda: admin.large_face_list.get_large_face_lists(top=top), ValueError, "top")
    await refused(bad_server, lambda: session.get_liveness_sessions(top=top), ValueError, "top")


async def test_admin_ids_and_names(bad_server, admin):
    lpg = admin.large_person_group
    await refused(bad_server, lambda: lpg.get(""), ValueError, "large_person_group_id", "empty")
    await refused(bad_server, lambda: lpg.get(None), TypeError, "large_person_group_id")
    await refused(bad_server, lambda: lpg.create("g", name=""), ValueError, "name", "empty")
    await refused(bad_server, lambda: lpg.create("g", name="n" * 129), ValueError, "name", "128")
    await refused(bad_server, lambda: lpg.create("g", name="n", user_data="u" * 16385), ValueError, "user_data")
    await refused(bad_server, lambda: lpg.add_face("g", "p", b""), ValueError, "empty")
    await refused(bad_server, lambda: lpg.add_face("g", "p", IMAGE, target_face=[1, 2, 3]), ValueError, "target_face")
    await refused(bad_server, lambda: lpg.get_person("g", ""), ValueError, "person_id", "empty")


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
