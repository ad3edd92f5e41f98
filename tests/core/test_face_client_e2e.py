"""FaceClient end to end over loopback HTTP against the emulator, with the sync (requests) and async (aiohttp) clients.

Each scenario is written once as a coroutine; ``run`` awaits async results and passes sync ones through, so both
flavours execute the same assertions.
"""
import base64
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.aio import FaceClient as AsyncFaceClient
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from azure.ai.vision.face.models import (
    FaceAttributeTypeDetection01,
    FaceAttributeTypeRecognition04,
    FaceDetectionModel,
    FaceDetectionResult,
    FaceRecognitionModel,
    FindSimilarMatchMode,
    QualityForRecognition,
)
from tests._flavours import run

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)




@pytest.fixture(params=["sync", "async"])
async def client(request, face_client, async_face_client):
    return face_client if request.param == "sync" else async_face_client


def _last_request(emulator, fragment):
    return [r for r in emulator.requests if fragment in r[1]][-1]


async def _face_id(client, identity, **spec):
    faces = await run(client.detect(make_face_image([FaceSpec(identity, **spec)]), **DETECT))
    assert len(faces) == 1
    return faces[0].face_id


async def test_detect_returns_typed_faces_and_sends_the_documented_query(client, emulator):
    image = make_face_image([FaceSpec("alice", top=50, left=60, width=150, height=160)])
    faces = await run(
        client.detect(
            image,
            detection_model=FaceDetectionModel.DETECTION01,
            recognition_model=FaceRecognitionModel.RECOGNITION04,
            return_face_id=True,
            return_face_attributes=[FaceAttributeTypeDetection01.HEAD_POSE, FaceAttributeTypeDetection01.GLASSES,
                                    FaceAttributeTypeRecognition04.QUALITY_FOR_RECOGNITION],
            return_face_landmarks=True,
            return_recognition_model=True,
            face_id_time_to_live=120,
        )
    )
    assert len(faces) == 1 and isinstance(faces[0], FaceDetectionResult)
    face = faces[0]
    assert (face.face_rectangle.top, face.face_rectangle.left, face.face_rectangle.width, face.face_rectangle.height) == (
        50, 60, 150, 160)
    assert face.face_id and face.recognition_model is FaceRecognitionModel.RECOGNITION04
    assert face.face_landmarks.pupil_left.x > 0
    assert face.face_attributes.head_pose is not None
    assert face.face_attributes.quality_for_recognition is QualityForRecognition.HIGH
    method, path, headers, body = _last_request(emulator, "/detect")
    query = parse_qs(urlsplit(path).query)
    assert query == {
        "detectionModel": ["detection_01"], "recognitionModel": ["recognition_04"], "returnFaceId": ["true"],
        "returnFaceAttributes": ["headPose,glasses,qualityForRecognition"], "returnFaceLandmarks": ["true"],
        "returnRecognitionModel": ["true"], "faceIdTimeToLive": ["120"],
    }
    assert {k.lower(): v for k, v in headers.items()}["content-type"] == "application/octet-stream"
    assert body == image


async def test_detect_without_faces_and_without_face_ids(client):
    assert await run(client.detect(make_face_image([]), **DETECT)) == []
    faces = await run(client.detect(make_face_image([FaceSpec("bob")]), detection_model="detection_03",
                                    recognition_model="recognition_04", return_face_id=False))
    assert faces[0].face_id is None


async def test_detect_from_url_keyword_json_and_stream_bodies(client, emulator):
    image = make_face_image([FaceSpec("carol")])
    url = "data:image/png;base64," + base64.b64encode(image).decode()
    by_keyword = await run(client.detect_from_url(url=url, **DETECT))
    by_json = await run(client.detect_from_url({"url": url}, **DETECT))
    by_stream = await run(client.detect_from_url(io.BytesIO(('{"url": "%s"}' % url).encode()), **DETECT))
    for faces in (by_keyword, by_json, by_stream):
        assert len(faces) == 1 and faces[0].face_rectangle.width == 120


async def test_verify_face_to_face_matches_same_identity_only(client):
    alice1 = await _face_id(client, "alice")
    alice2 = await _face_id(client, "alice", left=100)
    bob = await _face_id(client, "bob")
    same = await run(client.verify_face_to_face(face_id1=alice1, face_id2=alice2))
    other = await run(client.verify_face_to_face({"faceId1": alice1, "faceId2": bob}))
    assert same.is_identical is True and 0.5 < same.confidence <= 1
    assert other.is_identical is False and 0 <= other.confidence < 0.5


async def test_find_similar_and_group(client):
    alice = [await _face_id(client, "alice", left=10 * i) for i in range(3)]
    bob = [await _face_id(client, "bob", left=10 * i) for i in range(2)]
    carol = await _face_id(client, "carol")
    similar = await run(client.find_similar(face_id=alice[0], face_ids=alice[1:] + bob + [carol],
                                            max_num_of_candidates_returned=5, mode=FindSimilarMatchMode.MATCH_PERSON))
    assert {s.face_id for s in similar} == set(alice[1:])
    assert all(0 <= s.confidence <= 1 for s in similar)
    grouped = await run(client.group(face_ids=alice + bob + [carol]))
    assert sorted(sorted(g) for g in grouped.groups) == sorted([sorted(alice), sorted(bob)])
    assert grouped.messy_group == [carol]


async def test_service_errors_surface_as_azure_core_exceptions(client):
    with pytest.raises(HttpResponseError) as info:
        await run(client.verify_face_to_face(face_id1="00000000-0000-0000-0000-000000000001",
                                             face_id2="00000000-0000-0000-0000-000000000002"))
    assert info.value.error.code == "FaceNotFound"
    assert info.value.model.error.code == "FaceNotFound"
    assert info.value.status_code in (400, 404)


async def test_bad_input_is_rejected_before_sending(client, emulator):
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    with pytest.raises(ValueError, match="face_id_time_to_live"):
        await run(client.detect(make_face_image([]), face_id_time_to_live=10, **DETECT))
    with pytest.raises(ValueError, match="image_content is empty"):
        await run(client.detect(b"", **DETECT))
    with pytest.raises(ValueError, match="face_ids must hold at least 1"):
        await run(client.group(face_ids=[]))
    with pytest.raises(ValueError, match="max_num_of_candidates_returned"):
        await run(client.find_similar(face_id="a", face_ids=["b"], max_num_of_candidates_returned=0))
    with pytest.raises(TypeError, match="not both"):
        await run(client.verify_face_to_face({"faceId1": "a", "faceId2": "b"}, face_id1="a"))
    with pytest.raises(TypeError, match="face_id2"):
        await run(client.verify_face_to_face(face_id1="a"))
    assert len(emulator.requests) == before


async def test_cls_callback_receives_the_raw_response(client):
    captured = await run(client.detect(make_face_image([FaceSpec("dave")]), cls=lambda resp, data, headers: (
        resp.http_response.status_code, data, headers), **DETECT))
    status, data, headers = captured
    assert status == 200 and len(data) == 1
    assert "apim-request-id" in {k.lower() for k in headers}


def test_wrong_key_is_a_client_authentication_error(endpoint):
    with FaceClient(endpoint, AzureKeyCredential("wrong")) as client:
        with pytest.raises(ClientAuthenticationError) as info:
            client.group(face_ids=["00000000-0000-0000-0000-000000000001"])
    assert info.value.status_code == 401 and info.value.error.code == "401"


async def test_wrong_key_is_a_client_authentication_error_async(endpoint):
    async with AsyncFaceClient(endpoint, AzureKeyCredential("wrong")) as client:
        with pytest.raises(ClientAuthenticationError):
            await client.group(face_ids=["00000000-0000-0000-0000-000000000001"])
