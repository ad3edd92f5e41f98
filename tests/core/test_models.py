"""Model and enum behaviour: mapping and attribute access, conversion, serialization, construction."""
import copy
import datetime
import json
import pickle

import pytest

from azure.ai.vision.face import models as m
from azure.ai.vision.face._model_base import parse_datetime
from tests.core.payloads import detect_payload
from tests.models.test_published_behaviour import SAMPLES


def test_response_dict_is_adopted_without_copy():
    data = detect_payload(1)[0]
    face = m.FaceDetectionResult._from_wire(data)
    assert face._data is data
    face.face_id = "changed"
    assert data["faceId"] == "changed"


def test_attribute_and_mapping_access_agree():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    assert face.face_id == face["faceId"]
    assert face.face_rectangle.top == face["faceRectangle"]["top"] == face["faceRectangle"].top
    assert isinstance(face["faceRectangle"], m.FaceRectangle)
    assert face.face_landmarks.pupil_left.x == face._data["faceLandmarks"]["pupilLeft"]["x"]
    assert set(face.keys()) == set(face._data)
    assert len(face) == len(face._data)
    assert "faceId" in face and "face_id" not in face


def test_nested_views_write_through_to_the_parent():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    face.face_attributes.head_pose.yaw = 12.5
    assert face.as_dict()["faceAttributes"]["headPose"]["yaw"] == 12.5


def test_nested_reads_are_cached_and_refreshed_after_writes():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    first = face.face_rectangle
    assert face.face_rectangle is first
    face["faceRectangle"] = {"top": 1, "left": 2, "width": 3, "height": 4}
    assert face.face_rectangle is not first
    assert face.face_rectangle.width == 3


def test_enums_are_typed_when_known_and_plain_strings_otherwise():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    assert face.recognition_model is m.FaceRecognitionModel.RECOGNITION04
    assert face.face_attributes.glasses is m.GlassesType.NO_GLASSES
    face["recognitionModel"] = "recognition_99"
    assert face.recognition_model == "recognition_99"
    assert not isinstance(face.recognition_model, m.FaceRecognitionModel)


def test_lists_of_models():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    accessories = face.face_attributes.accessories
    assert all(isinstance(item, m.AccessoryItem) for item in accessories)
    assert accessories[0].type is m.AccessoryType.HEADWEAR
    colors = face.face_attributes.hair.hair_color
    assert colors[0].color is m.HairColorType.BROWN


def test_datetimes_are_parsed_and_serialized():
    result = m.FaceTrainingResult(
        {
            "status": "succeeded",
            "createdDateTime": "2024-03-05T11:07:58.371Z",
            "lastActionDateTime": "2024-03-05T11:07:58+01:00",
            "lastSuccessfulTrainingDateTime": "2024-03-05T11:07:58.1234567Z",
        }
    )
    assert result.status is m.FaceOperationStatus.SUCCEEDED
    assert result.created_date_time == datetime.datetime(2024, 3, 5, 11, 7, 58, 371000, datetime.timezone.utc)
    assert result.last_action_date_time.utcoffset() == datetime.timedelta(hours=1)
    assert result.last_successful_training_date_time.microsecond == 123456
    when = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    result.created_date_time = when
    assert result["createdDateTime"] == "2025-01-02T03:04:05Z"
    assert result.created_date_time == when


def test_bad_datetime_reads_back_as_stored():
    result = m.FaceTrainingResult({"createdDateTime": "yesterday"})
    assert result.created_date_time == "yesterday"


def test_wrong_shape_reads_back_as_stored():
    face = m.FaceDetectionResult._from_wire({"faceRectangle": "not an object"})
    assert face.face_rectangle == "not an object"


def test_keyword_construction_uses_wire_names_and_drops_none():
    rect = m.FaceRectangle(top=1, left=2, width=3, height=4)
    face = m.FaceDetectionResult(face_rectangle=rect, face_id=None, recognition_model=m.FaceRecognitionModel.RECOGNITION03)
    assert face.as_dict() == {
        "faceRectangle": {"top": 1, "left": 2, "width": 3, "height": 4},
        "recognitionModel": "recognition_03",
    }
    assert face.face_rectangle is not None and face.face_rectangle == rect


def test_mapping_construction_keeps_unknown_fields_and_converts_models():
    person = m.LargePersonGroupPerson({"personId": "p1", "name": "Bill", "futureField": {"x": 1}})
    assert person.person_id == "p1"
    assert person["futureField"] == {"x": 1}
    assert person.as_dict()["futureField"] == {"x": 1}
    attrs = m.FaceAttributes({"headPose": m.HeadPose(pitch=1.0, roll=2.0, yaw=3.0)})
    assert attrs.as_dict() == {"headPose": {"pitch": 1.0, "roll": 2.0, "yaw": 3.0}}


def test_unknown_keyword_is_a_type_error_that_names_the_fields():
    with pytest.raises(TypeError, match="unexpected keyword argument 'faceId'.*face_id"):
        m.FaceDetectionResult(faceId="x")


def test_positional_argument_must_be_a_mapping():
    with pytest.raises(TypeError, match="mapping"):
        m.FaceRectangle([1, 2, 3, 4])


def test_as_dict_exclude_readonly():
    group = m.LargePersonGroup({"largePersonGroupId": "g", "name": "n", "userData": "u"})
    assert group.as_dict() == {"largePersonGroupId": "g", "name": "n", "userData": "u"}
    assert group.as_dict(exclude_readonly=True) == {"name": "n", "userData": "u"}
    session = m.LivenessSession({"id": "s", "status": "NotStarted", "result": {"id": 1, "sessionId": "s"}})
    assert "id" not in session.as_dict(exclude_readonly=True)
    assert session.as_dict(exclude_readonly=True)["result"]["id"] == 1


def test_as_dict_is_a_deep_copy():
    face = m.FaceDetectionResult._from_wire(detect_payload(1)[0])
    plain = face.as_dict()
    plain["faceRectangle"]["top"] = -1
    assert face.face_rectangle.top != -1
    json.dumps(plain)


def test_equality_with_dicts_and_models():
    data = {"top": 1, "left": 2, "width": 3, "height": 4}
    assert m.FaceRectangle(data) == data
    assert m.FaceRectangle(data) == m.FaceRectangle(**data)
    assert m.FaceRectangle(data) != {"top": 1}
    assert m.FaceRectangle(data) != 5


def test_setting_none_removes_the_key():
    group = m.LargePersonGroup(name="n", user_data="u")
    group.user_data = None
    assert "userData" not in group
    assert group.user_data is None


def test_copy_deepcopy_pickle_and_repr():
    group = m.LargePersonGroup({"largePersonGroupId": "g", "name": "n"})
    shallow = group.copy()
    assert shallow == group and shallow is not group and shallow._data is not group._data
    deep = copy.deepcopy(group)
    assert deep == group
    assert pickle.loads(pickle.dumps(group)) == group
    assert repr(group) == repr({"largePersonGroupId": "g", "name": "n"})


def test_mutable_mapping_methods():
    rect = m.FaceRectangle(top=1, left=2, width=3, height=4)
    rect.update({"top": 10})
    assert rect.top == 10
    assert rect.pop("left") == 2 and rect.left is None
    assert rect.setdefault("left", 7) == 7
    assert rect.get("missing", "d") == "d"
    del rect["left"]
    assert "left" not in rect
    rect.clear()
    assert len(rect) == 0


def test_enum_behaviour_matches_azure_core_enums():
    assert m.FaceAttributeType["head_pose"] is m.FaceAttributeType.HEAD_POSE
    assert m.FaceAttributeType.head_pose is m.FaceAttributeType.HEAD_POSE
    assert m.FaceAttributeType("headPose") is m.FaceAttributeType.HEAD_POSE
    assert m.FaceAttributeType.HEAD_POSE == "headPose"
    assert isinstance(m.FaceDetectionModel.DETECTION03, str)
    assert [member.value for member in m.FaceDetectionModel] == ["detection_01", "detection_02", "detection_03"]


def _same_instant(a: object, b: object) -> bool:
    return isinstance(parse_datetime(a), datetime.datetime) and parse_datetime(a) == parse_datetime(b)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_model_round_trips_through_its_attributes(name):
    """Read every field (converting it), build a new model from those values by keyword, compare the JSON."""
    cls = getattr(m, name)
    payload = SAMPLES[name]["payload"]
    values = {attr: getattr(cls(payload), attr) for attr in cls._attr_to_rest_field}
    rebuilt = cls(**values).as_dict()
    assert rebuilt.keys() == payload.keys(), name
    for key, value in payload.items():
        assert rebuilt[key] == value or _same_instant(rebuilt[key], value), (name, key)
