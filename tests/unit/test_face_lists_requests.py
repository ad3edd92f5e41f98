"""The unit layer, table-driven, for face lists, person groups and recognition against them: each operation's request
(method, route, query, Accept and Content-Type, body) in each of its forms (keywords, JSON body, binary stream), sync
and async, over the in-memory transport. No server, no socket."""
from __future__ import annotations

import io
from typing import Any, Callable, Dict, List, NamedTuple, Optional

import pytest

from tests._mock_transport import Answer, body_of
from tests.unit.test_send_path import call

PID = "25985303-c537-4467-b41d-bdb45cd95ca1"
FID = "43897a75-8d6f-42cf-885e-74832febb055"
EMPTY = Answer(200)
ADDED = Answer(200, json={"persistedFaceId": FID})
JSON_CT = "application/json"
IMAGE_CT = "application/octet-stream"


class Case(NamedTuple):
    client: str
    operation: Callable[[Any], Any]
    answer: Answer
    method: str
    target: str  # path and query after /face/v1.2-preview.1
    content_type: Optional[str] = None
    body: Optional[bytes] = None


def admin(operation: Callable[[Any], Any], answer: Answer, method: str, target: str,
          content_type: Optional[str] = None, body: Optional[bytes] = None) -> Case:
    return Case("FaceAdministrationClient", operation, answer, method, target, content_type, body)


def face(operation: Callable[[Any], Any], answer: Answer, target: str, body: bytes) -> Case:
    return Case("FaceClient", operation, answer, "POST", target, JSON_CT, body)


CASES: Dict[str, Case] = {
    # ------------------------------------------------------------------ face lists
    "face_list.create keywords": admin(
        lambda c: c.face_list.create("fl 1", name="n", user_data="u", recognition_model="recognition_04"), EMPTY,
        "PUT", "/facelists/fl%201", JSON_CT, b'{"name": "n", "userData": "u", "recognitionModel": "recognition_04"}'),
    "face_list.create json": admin(
        lambda c: c.face_list.create("fl", {"name": "n"}), EMPTY, "PUT", "/facelists/fl", JSON_CT, b'{"name": "n"}'),
    "face_list.create stream": admin(
        lambda c: c.face_list.create("fl", io.BytesIO(b'{"name":"s"}')), EMPTY, "PUT", "/facelists/fl", JSON_CT,
        b'{"name":"s"}'),
    "face_list.delete": admin(lambda c: c.face_list.delete("fl"), EMPTY, "DELETE", "/facelists/fl"),
    "face_list.get": admin(
        lambda c: c.face_list.get("fl", return_recognition_model=True), Answer(200, json={"faceListId": "fl"}),
        "GET", "/facelists/fl?returnRecognitionModel=true"),
    "face_list.update keywords": admin(
        lambda c: c.face_list.update("fl", user_data="v"), EMPTY, "PATCH", "/facelists/fl", JSON_CT,
        b'{"userData": "v"}'),
    "face_list.update stream": admin(
        lambda c: c.face_list.update("fl", io.BytesIO(b'{"name":"m"}')), EMPTY, "PATCH", "/facelists/fl", JSON_CT,
        b'{"name":"m"}'),
    "face_list.get_face_lists": admin(
        lambda c: c.face_list.get_face_lists(), Answer(200, json=[]), "GET", "/facelists"),
    "face_list.get_face_lists recognition model": admin(
        lambda c: c.face_list.get_face_lists(return_recognition_model=False), Answer(200, json=[]), "GET",
        "/facelists?returnRecognitionModel=false"),
    "face_list.add_face": admin(
        lambda c: c.face_list.add_face("fl", b"img", target_face=[1, 2, 3, 4], detection_model="detection_03",
                                       user_data="a&b"), ADDED,
        "POST", "/facelists/fl/persistedfaces?targetFace=1,2,3,4&detectionModel=detection_03&userData=a%26b",
        IMAGE_CT, b"img"),
    "face_list.add_face_from_url keywords": admin(
        lambda c: c.face_list.add_face_from_url("fl", url="https://x/y.jpg", user_data="u"), ADDED,
        "POST", "/facelists/fl/persistedfaces?userData=u", JSON_CT, b'{"url": "https://x/y.jpg"}'),
    "face_list.add_face_from_url json": admin(
        lambda c: c.face_list.add_face_from_url("fl", {"url": "https://x"}, detection_model="detection_01"), ADDED,
        "POST", "/facelists/fl/persistedfaces?detectionModel=detection_01", JSON_CT, b'{"url": "https://x"}'),
    "face_list.delete_face": admin(
        lambda c: c.face_list.delete_face("fl", FID), EMPTY, "DELETE", "/facelists/fl/persistedfaces/" + FID),
    # ------------------------------------------------------------------ person groups
    "person_group.create keywords": admin(
        lambda c: c.person_group.create("pg", name="n", recognition_model="recognition_03"), EMPTY,
        "PUT", "/persongroups/pg", JSON_CT, b'{"name": "n", "recognitionModel": "recognition_03"}'),
    "person_group.create json": admin(
        lambda c: c.person_group.create("pg", {"name": "n", "userData": "u"}), EMPTY, "PUT", "/persongroups/pg",
        JSON_CT, b'{"name": "n", "userData": "u"}'),
    "person_group.delete": admin(lambda c: c.person_group.delete("pg"), EMPTY, "DELETE", "/persongroups/pg"),
    "person_group.get": admin(
        lambda c: c.person_group.get("pg"), Answer(200, json={"personGroupId": "pg", "name": "n"}),
        "GET", "/persongroups/pg"),
    "person_group.update keywords": admin(
        lambda c: c.person_group.update("pg", name="m", user_data="v"), EMPTY, "PATCH", "/persongroups/pg", JSON_CT,
        b'{"name": "m", "userData": "v"}'),
    "person_group.get_person_groups": admin(
        lambda c: c.person_group.get_person_groups(start="a", top=5, return_recognition_model=True),
        Answer(200, json=[]), "GET", "/persongroups?start=a&top=5&returnRecognitionModel=true"),
    "person_group.begin_train": admin(
        lambda c: c.person_group.begin_train("pg", polling=False), Answer(202, {"operation-Location": "https://x/o"}),
        "POST", "/persongroups/pg/train"),
    "person_group.get_training_status": admin(
        lambda c: c.person_group.get_training_status("pg"), Answer(200, json={"status": "running"}),
        "GET", "/persongroups/pg/training"),
    "person_group.create_person keywords": admin(
        lambda c: c.person_group.create_person("pg", name="p", user_data="u"), Answer(200, json={"personId": PID}),
        "POST", "/persongroups/pg/persons", JSON_CT, b'{"name": "p", "userData": "u"}'),
    "person_group.create_person stream": admin(
        lambda c: c.person_group.create_person("pg", io.BytesIO(b'{"name":"p"}')), Answer(200, json={"personId": PID}),
        "POST", "/persongroups/pg/persons", JSON_CT, b'{"name":"p"}'),
    "person_group.delete_person": admin(
        lambda c: c.person_group.delete_person("pg", PID), EMPTY, "DELETE", "/persongroups/pg/persons/" + PID),
    "person_group.get_person": admin(
        lambda c: c.person_group.get_person("pg", PID), Answer(200, json={"personId": PID, "name": "p"}),
        "GET", "/persongroups/pg/persons/" + PID),
    "person_group.update_person json": admin(
        lambda c: c.person_group.update_person("pg", PID, {"userData": "w"}), EMPTY,
        "PATCH", "/persongroups/pg/persons/" + PID, JSON_CT, b'{"userData": "w"}'),
    "person_group.get_persons": admin(
        lambda c: c.person_group.get_persons("pg", start=PID, top=1), Answer(200, json=[]),
        "GET", "/persongroups/pg/persons?start={}&top=1".format(PID)),
    "person_group.add_face": admin(
        lambda c: c.person_group.add_face("pg", PID, b"img", detection_model="detection_02"), ADDED,
        "POST", "/persongroups/pg/persons/{}/persistedfaces?detectionModel=detection_02".format(PID), IMAGE_CT,
        b"img"),
    "person_group.add_face_from_url keywords": admin(
        lambda c: c.person_group.add_face_from_url("pg", PID, url="https://x", target_face=[5, 6, 7, 8]), ADDED,
        "POST", "/persongroups/pg/persons/{}/persistedfaces?targetFace=5,6,7,8".format(PID), JSON_CT,
        b'{"url": "https://x"}'),
    "person_group.delete_face": admin(
        lambda c: c.person_group.delete_face("pg", PID, FID), EMPTY,
        "DELETE", "/persongroups/pg/persons/{}/persistedfaces/{}".format(PID, FID)),
    "person_group.get_face": admin(
        lambda c: c.person_group.get_face("pg", PID, FID), Answer(200, json={"persistedFaceId": FID}),
        "GET", "/persongroups/pg/persons/{}/persistedfaces/{}".format(PID, FID)),
    "person_group.update_face keywords": admin(
        lambda c: c.person_group.update_face("pg", PID, FID, user_data="x"), EMPTY,
        "PATCH", "/persongroups/pg/persons/{}/persistedfaces/{}".format(PID, FID), JSON_CT, b'{"userData": "x"}'),
    "person_group.update_face stream": admin(
        lambda c: c.person_group.update_face("pg", PID, FID, io.BytesIO(b'{"userData":"y"}')), EMPTY,
        "PATCH", "/persongroups/pg/persons/{}/persistedfaces/{}".format(PID, FID), JSON_CT, b'{"userData":"y"}'),
    # ------------------------------------------------------------------ FaceClient
    "find_similar_from_face_list keywords": face(
        lambda c: c.find_similar_from_face_list(face_id=FID, face_list_id="fl", max_num_of_candidates_returned=3,
                                                mode="matchFace"), Answer(200, json=[]), "/findsimilars",
        ('{"faceId": "%s", "maxNumOfCandidatesReturned": 3, "mode": "matchFace", "faceListId": "fl"}' % FID).encode()),
    "find_similar_from_face_list json": face(
        lambda c: c.find_similar_from_face_list({"faceId": FID, "faceListId": "fl"}), Answer(200, json=[]),
        "/findsimilars", ('{"faceId": "%s", "faceListId": "fl"}' % FID).encode()),
    "identify_from_person_group keywords": face(
        lambda c: c.identify_from_person_group(face_ids=[FID], person_group_id="pg", confidence_threshold=0.25),
        Answer(200, json=[]), "/identify",
        ('{"faceIds": ["%s"], "personGroupId": "pg", "confidenceThreshold": 0.25}' % FID).encode()),
    "identify_from_person_group stream": face(
        lambda c: c.identify_from_person_group(io.BytesIO(b'{"faceIds":[],"personGroupId":"pg"}')),
        Answer(200, json=[]), "/identify", b'{"faceIds":[],"personGroupId":"pg"}'),
    "verify_from_person_group keywords": face(
        lambda c: c.verify_from_person_group(face_id=FID, person_group_id="pg", person_id=PID),
        Answer(200, json={"isIdentical": True, "confidence": 0.9}), "/verify",
        ('{"faceId": "%s", "personGroupId": "pg", "personId": "%s"}' % (FID, PID)).encode()),
}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_request(flavour: str, name: str) -> None:
    case = CASES[name]
    result, transport = call(flavour, case.client, case.operation, case.answer)
    assert not isinstance(result, Exception), result
    (request,) = transport.requests
    assert request.method == case.method
    assert request.url == "https://face.example.com/face/v1.2-preview.1" + case.target
    assert request.headers["Accept"] == "application/json"
    assert request.headers.get("Content-Type") == case.content_type
    sent: Dict[str, Any] = body_of(request)
    assert sent.get("bytes") == case.body


MISSING: List[Any] = [  # (client, operation, the keyword it lacks)
    ("FaceAdministrationClient", lambda c: c.face_list.create("fl"), "name"),
    ("FaceAdministrationClient", lambda c: c.face_list.add_face_from_url("fl"), "url"),
    ("FaceAdministrationClient", lambda c: c.person_group.create_person("pg"), "name"),
    ("FaceClient", lambda c: c.find_similar_from_face_list(face_id=FID), "face_list_id"),
    ("FaceClient", lambda c: c.identify_from_person_group(face_ids=[FID]), "person_group_id"),
    ("FaceClient", lambda c: c.verify_from_person_group(face_id=FID, person_group_id="pg"), "person_id"),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("index", range(len(MISSING)))
def test_a_missing_required_keyword_is_a_type_error_before_sending(flavour: str, index: int) -> None:
    client, operation, keyword = MISSING[index]
    error, transport = call(flavour, client, operation)
    assert type(error) is TypeError and keyword in str(error)
    assert transport.requests == []
