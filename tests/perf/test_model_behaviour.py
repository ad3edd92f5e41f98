# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Model behaviour the performance work relies on and must never trade away.

Each field kind has its own reader (scalars returned as stored when already of their type, enums, datetimes, nested
models and lists of models as cached live views); these tests pin what callers see through all of them. Every test
passes alone as well as in any order (``pytest path::name``).
"""
import copy
import datetime
import pickle

import pytest

from azure.ai.vision.face import models as m
from azure.ai.vision.face._model_base import Model, rest_field


def _face(i: int = 0):
    return {
        "faceId": "id-%d" % i,
        "recognitionModel": "recognition_04",
        "faceRectangle": {"top": 1 + i, "left": 2, "width": 3, "height": 4},
        "faceLandmarks": {"pupilLeft": {"x": 1.5, "y": 2.5}, "noseTip": {"x": 3.0, "y": 4.0}},
        "faceAttributes": {
            "glasses": "readingGlasses",
            "headPose": {"pitch": 1.0, "roll": 2.0, "yaw": 3.0},
            "accessories": [{"type": "headwear", "confidence": 0.5}, {"type": "mask", "confidence": 0.25}],
            "hair": {"bald": 0.1, "invisible": False, "hairColor": [{"color": "brown", "confidence": 0.9}]},
        },
    }


def test_attribute_and_mapping_access_agree_at_every_level():
    face = m.FaceDetectionResult._from_wire(_face())
    assert face.face_id == face["faceId"] == "id-0"
    assert face.face_rectangle is face["faceRectangle"]
    assert face.face_rectangle.top == face["faceRectangle"]["top"] == 1
    assert face.face_landmarks.pupil_left.x == face["faceLandmarks"]["pupilLeft"]["x"] == 1.5
    assert face.face_attributes.glasses == face["faceAttributes"]["glasses"]
    assert face.get("faceId") == "id-0" and face.get("missing", 7) == 7
    assert face.face_attributes.smile is None  # absent optional field
    assert dict(face.face_rectangle) == {"top": 1, "left": 2, "width": 3, "height": 4}


def test_class_access_returns_the_field_descriptor_before_and_after_the_first_read():
    field = m.HeadPose.__dict__["pitch"]
    assert m.HeadPose.pitch is field
    _ = m.HeadPose._from_wire({"pitch": 1.0}).pitch
    assert m.HeadPose.pitch is field


def test_plain_values_are_the_stored_objects():
    data = _face()
    face = m.FaceDetectionResult._from_wire(data)
    assert face._data is data
    person = m.LargePersonGroupPerson._from_wire({"personId": "p", "persistedFaceIds": ["a", "b"]})
    assert person.persisted_face_ids is person._data["persistedFaceIds"]


def test_nested_views_write_through_to_the_parent_json():
    data = _face()
    face = m.FaceDetectionResult._from_wire(data)
    face.face_attributes.head_pose.yaw = -9.5
    face.face_landmarks.nose_tip["x"] = 11.0
    face.face_attributes.accessories[1].confidence = 0.75
    assert data["faceAttributes"]["headPose"]["yaw"] == -9.5
    assert data["faceLandmarks"]["noseTip"]["x"] == 11.0
    assert data["faceAttributes"]["accessories"][1]["confidence"] == 0.75
    assert face.as_dict()["faceAttributes"]["headPose"]["yaw"] == -9.5


def test_nested_views_are_cached_while_the_stored_value_is_the_same_object():
    face = m.FaceDetectionResult._from_wire(_face())
    rect = face.face_rectangle
    accessories = face.face_attributes.accessories
    assert face.face_rectangle is rect
    assert face.face_attributes.accessories is accessories


@pytest.mark.parametrize("how", ["setitem", "update", "setdefault_after_pop", "raw_dict", "attribute_dict"])
def test_cache_is_invalidated_when_the_stored_value_changes(how):
    face = m.FaceDetectionResult._from_wire(_face())
    old = face.face_rectangle
    new = {"top": 10, "left": 20, "width": 30, "height": 40}
    if how == "setitem":
        face["faceRectangle"] = new
    elif how == "update":
        face.update({"faceRectangle": new})
    elif how == "setdefault_after_pop":
        face.pop("faceRectangle")
        face.setdefault("faceRectangle", new)
    elif how == "raw_dict":
        face._data["faceRectangle"] = new  # another view over the same JSON changed it
    else:
        face.face_rectangle = new
    rect = face.face_rectangle
    assert rect is not old and isinstance(rect, m.FaceRectangle)
    assert (rect.top, rect.width) == (10, 30)
    assert old.top == 1  # the old view still shows the dict it was made over


def test_list_cache_is_invalidated_when_the_list_is_replaced():
    face = m.FaceDetectionResult._from_wire(_face())
    first = face.face_attributes.accessories
    face.face_attributes["accessories"] = [{"type": "glasses", "confidence": 1.0}]
    again = face.face_attributes.accessories
    assert again is not first and len(again) == 1 and again[0].type is m.AccessoryType.GLASSES


def test_setting_a_model_returns_that_model_and_writes_its_json():
    face = m.FaceDetectionResult._from_wire(_face())
    rect = m.FaceRectangle(top=5, left=6, width=7, height=8)
    face.face_rectangle = rect
    assert face.face_rectangle is rect
    assert face._data["faceRectangle"] is rect._data
    rect.top = 50
    assert face.as_dict()["faceRectangle"]["top"] == 50


def test_setting_none_or_deleting_removes_the_key():
    face = m.FaceDetectionResult._from_wire(_face())
    _ = face.face_rectangle, face.recognition_model, face.face_attributes.accessories
    face.face_rectangle = None
    face.recognition_model = None
    del face.face_id
    assert face.face_rectangle is None and face.recognition_model is None and face.face_id is None
    assert not {"faceRectangle", "recognitionModel", "faceId"} & set(face)


def test_enums_are_typed_when_known_and_kept_as_sent_otherwise():
    face = m.FaceDetectionResult._from_wire(_face())
    assert face.recognition_model is m.FaceRecognitionModel.RECOGNITION04
    assert face.face_attributes.glasses is m.GlassesType.READING_GLASSES
    assert face.face_attributes.accessories[0].type is m.AccessoryType.HEADWEAR
    assert face.face_attributes.hair.hair_color[0].color is m.HairColorType.BROWN
    face["recognitionModel"] = "recognition_99"
    assert face.recognition_model == "recognition_99" and not isinstance(face.recognition_model, m.FaceRecognitionModel)
    face["recognitionModel"] = ["not", "hashable"]
    assert face.recognition_model == ["not", "hashable"]
    face.recognition_model = m.FaceRecognitionModel.RECOGNITION03
    assert face._data["recognitionModel"] == "recognition_03"
    assert face.recognition_model is m.FaceRecognitionModel.RECOGNITION03


def test_datetimes_are_parsed_and_refreshed():
    result = m.FaceTrainingResult._from_wire({"status": "running", "createdDateTime": "2024-03-05T11:07:58.371Z"})
    when = result.created_date_time
    assert when == datetime.datetime(2024, 3, 5, 11, 7, 58, 371000, datetime.timezone.utc)
    result["createdDateTime"] = "2024-03-06T00:00:00+02:00"
    assert result.created_date_time.utcoffset() == datetime.timedelta(hours=2)
    given = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    result.created_date_time = given
    assert result.created_date_time == given and result["createdDateTime"] == "2025-01-02T03:04:05Z"
    assert result.status is m.FaceOperationStatus.RUNNING
    result["lastActionDateTime"] = "not a date"
    assert result.last_action_date_time == "not a date"  # read back as stored, never an error


def test_wrongly_shaped_nested_values_read_back_as_stored():
    face = m.FaceDetectionResult._from_wire({"faceRectangle": [1, 2, 3, 4], "faceAttributes": {"accessories": {}}})
    assert face.face_rectangle == [1, 2, 3, 4]
    assert face.face_attributes.accessories == {}


def test_unknown_keys_are_kept_everywhere():
    data = _face()
    data["futureField"] = {"nested": [1, 2]}
    data["faceRectangle"]["rotation"] = 12
    face = m.FaceDetectionResult._from_wire(data)
    assert face["futureField"] == {"nested": [1, 2]}
    assert face.face_rectangle["rotation"] == 12
    assert face.as_dict()["futureField"] == {"nested": [1, 2]}
    assert face.as_dict()["faceRectangle"]["rotation"] == 12
    built = m.FaceRectangle({"top": 1, "left": 2, "width": 3, "height": 4, "rotation": 5})
    assert built["rotation"] == 5 and built.as_dict()["rotation"] == 5


def test_as_dict_round_trip_and_deep_copy():
    data = _face()
    face = m.FaceDetectionResult._from_wire(data)
    _ = face.face_attributes.accessories[0].type  # reading (and caching) changes nothing in the JSON
    plain = face.as_dict()
    assert plain == _face()
    assert m.FaceDetectionResult(plain) == face
    assert m.FaceDetectionResult(plain).as_dict() == plain
    plain["faceRectangle"]["top"] = -1
    assert face.face_rectangle.top == 1
    assert pickle.loads(pickle.dumps(face)) == face
    clone = copy.deepcopy(face)
    clone.face_rectangle.top = 99
    assert face.face_rectangle.top == 1


def test_as_dict_exclude_readonly_after_fields_were_read():
    person = m.LargePersonGroupPerson._from_wire({"personId": "p", "name": "n", "userData": "u"})
    assert person.person_id == "p" and person.name == "n"
    assert person.as_dict(exclude_readonly=True) == {"name": "n", "userData": "u"}


def test_subclasses_inherit_fields_and_add_their_own():
    class Extended(m.FaceRectangle):
        __slots__ = ()
        rotation: float = rest_field(name="rotation")

    item = Extended._from_wire({"top": 1, "left": 2, "width": 3, "height": 4, "rotation": 9.5})
    assert list(Extended._attr_to_rest_field) == ["top", "left", "width", "height", "rotation"]
    assert (item.top, item.rotation) == (1, 9.5)
    assert isinstance(item, Model) and isinstance(item, m.FaceRectangle)
    assert m.FaceRectangle._from_wire({"rotation": 1})["rotation"] == 1 and "rotation" not in m.FaceRectangle._attr_to_rest_field


def test_keyword_construction_and_reads_agree():
    rect = m.FaceRectangle(top=1, left=2, width=3, height=4)
    face = m.FaceDetectionResult(face_rectangle=rect, recognition_model="recognition_03")
    assert face.face_rectangle == rect
    assert face.recognition_model is m.FaceRecognitionModel.RECOGNITION03
    assert face.as_dict() == {"faceRectangle": {"top": 1, "left": 2, "width": 3, "height": 4},
                              "recognitionModel": "recognition_03"}
