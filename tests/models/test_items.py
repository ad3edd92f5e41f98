# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Issue 12, item by item, plus the behaviours kept on purpose. Order-sensitive cases run in a fresh interpreter."""
import copy
import datetime
import json
import os
import pathlib
import pickle
import subprocess
import sys
import textwrap
import weakref

import pytest

from azure.ai.vision.face import models as m
from azure.ai.vision.face._model_base import SdkJSONEncoder, _fields
from azure.ai.vision.face._response import check_shape
from tests._data import CONFORMANCE
from tests._env import package_env

RECT = {"top": 1, "left": 2, "width": 3, "height": 4}

# Each case runs first thing in a new interpreter, so no earlier read has prepared the classes it uses.
FRESH_CASES = {
    "item1_set_nested_model_then_read": """
        face = m.FaceDetectionResult({"faceId": "x"})
        rect = m.FaceRectangle(top=1, left=2, width=3, height=4)
        face.face_rectangle = rect
        assert face.face_rectangle is rect and face.face_rectangle.top == 1
    """,
    "first_use_is_a_mapping_read": """
        face = m.FaceDetectionResult({"faceRectangle": {"top": 1}})
        assert isinstance(face["faceRectangle"], m.FaceRectangle) and face.face_rectangle.top == 1
    """,
    "first_use_is_as_dict_exclude_readonly": """
        person = m.LargePersonGroupPerson({"personId": "p", "name": "n"})
        assert person.as_dict(exclude_readonly=True) == {"name": "n"}
    """,
    "first_use_is_the_shape_check": """
        from azure.ai.vision.face._response import check_shape
        check_shape(m.FaceDetectionResult._from_wire({"faceRectangle": {"top": 1}}))
        try:
            check_shape(m.FaceDetectionResult._from_wire({"faceRectangle": {"top": "1"}}))
        except ValueError as exc:
            assert "FaceRectangle.top" in str(exc)
        else:
            raise AssertionError("a string where a number belongs passed the shape check")
    """,
    "first_use_is_a_list_append": """
        attrs = m.FaceAttributes({"accessories": []})
        attrs.accessories.append(m.AccessoryItem(type="mask", confidence=1.0))
        assert attrs.as_dict() == {"accessories": [{"type": "mask", "confidence": 1.0}]}
    """,
    "first_use_is_unpickling": """
        import pickle
        data = pickle.dumps(m.FaceDetectionResult({"faceRectangle": {"top": 1}}))
        face = pickle.loads(data)
        face.face_rectangle = m.FaceRectangle(top=5)
        assert face.face_rectangle.top == 5
    """,
    "first_use_is_a_subclass_read": """
        from azure.ai.vision.face._model_base import rest_field
        class Extended(m.FaceRectangle):
            rotation: float = rest_field(name="rotation")
        item = Extended({"top": 1, "rotation": 2})
        assert item.rotation == 2.0 and isinstance(item.rotation, float) and item.top == 1
    """,
    "first_use_from_many_threads_at_once": """
        import sys, threading
        sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside the first resolution too
        data = {"faceId": "x", "faceRectangle": {"top": 0, "left": 2}, "recognitionModel": "recognition_04",
                "faceAttributes": {"age": 31, "accessories": [{"type": "mask", "confidence": 1}]}}
        want = ("x", 0, 2, "recognition_04", 31.0, "mask", 1.0)
        start, seen = threading.Barrier(16), []
        def first_reads():
            face = m.FaceDetectionResult(data)
            start.wait()
            attrs = face.face_attributes
            seen.append((face.face_id, face.face_rectangle.top, face.face_rectangle.left, face.recognition_model,
                         attrs.age, attrs.accessories[0].type, attrs.accessories[0].confidence,
                         type(face.recognition_model), type(attrs.age), type(attrs.accessories[0])))
        threads = [threading.Thread(target=first_reads) for _ in range(16)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        assert len(seen) == 16, seen
        for got in seen:
            assert got[:7] == want and got[7] is m.FaceRecognitionModel and got[8] is float, got
            assert got[9] is m.AccessoryItem, got
        # the same, many times over: each round declares new classes, whose fields are resolved on first use
        from typing import List, Optional
        from azure.ai.vision.face._model_base import Model, rest_field
        for _ in range(40):
            class Inner(Model):
                x: Optional[float] = rest_field()
            class Outer(Model):
                inner: Optional[Inner] = rest_field()
                items: Optional[List[Inner]] = rest_field()
                level: Optional[m.QualityForRecognition] = rest_field()
            start, seen = threading.Barrier(8), []
            def race():
                outer = Outer({"inner": {"x": 1}, "items": [{"x": 2}], "level": "high"})
                start.wait()
                seen.append((type(outer.inner), outer.inner.x, type(outer.items[0]), outer.level))
            threads = [threading.Thread(target=race) for _ in range(8)]
            for thread in threads: thread.start()
            for thread in threads: thread.join()
            assert seen == [(Inner, 1.0, Inner, m.QualityForRecognition.HIGH)] * 8, seen
    """,
}


@pytest.mark.parametrize("case", sorted(FRESH_CASES))
def test_in_a_fresh_interpreter(case):
    code = "from azure.ai.vision.face import models as m\n" + textwrap.dedent(FRESH_CASES[case])
    env = package_env()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_item2_lists_and_nested_models_read_from_a_model_are_live():
    attrs = m.FaceAttributes({"accessories": [{"type": "mask", "confidence": 1}], "headPose": {"yaw": 1.0}})
    items = attrs.accessories
    items.append(m.AccessoryItem(type="glasses", confidence=0.5))
    items[0].confidence = 0.25
    attrs.head_pose.yaw = 9.0
    expected = {"accessories": [{"type": "mask", "confidence": 0.25}, {"type": "glasses", "confidence": 0.5}],
                "headPose": {"yaw": 9.0}}
    assert attrs.as_dict() == expected and attrs == expected
    assert pickle.loads(pickle.dumps(attrs)) == expected
    assert attrs.accessories is items
    del items[0]
    items.insert(0, m.AccessoryItem(type="headwear", confidence=0.75))
    items.sort(key=lambda item: item.confidence)
    items += [m.AccessoryItem(type="mask", confidence=1.0)]
    assert [a["confidence"] for a in attrs.as_dict()["accessories"]] == [0.5, 0.75, 1.0]
    items.clear()
    assert attrs.as_dict()["accessories"] == []


def test_item3_numbers_convert_on_read_and_stay_stored_as_given():
    pose = m.HeadPose({"roll": 0, "pitch": True, "yaw": "1.5"})
    assert (pose.roll, pose.pitch, pose.yaw) == (0.0, 1.0, 1.5) and isinstance(pose.roll, float)
    assert pose["roll"] == 0 and isinstance(pose["roll"], int)
    assert m.FaceAttributes({"age": 31}).age == 31.0 and isinstance(m.FaceAttributes({"age": 31}).age, float)
    rect = m.FaceRectangle({"top": 1.7, "left": "3", "width": True, "height": "abc"})
    assert (rect.top, rect.left, rect.width, rect.height) == (1, 3, 1, "abc")
    hidden = m.OcclusionProperties({"foreheadOccluded": 1, "eyeOccluded": 0})
    assert hidden.forehead_occluded is True and hidden.eye_occluded is False


def test_item4_reading_never_raises_on_unexpected_data():
    face = m.FaceDetectionResult({"faceRectangle": "str", "faceLandmarks": 5})
    assert face.face_rectangle == "str" and face.face_landmarks == 5
    attrs = m.FaceAttributes({"accessories": "not a list", "hair": {"hairColor": 5}})
    assert attrs.accessories == "not a list" and attrs.hair.hair_color == 5
    assert m.FaceTrainingResult({"createdDateTime": "yesterday"}).created_date_time == "yesterday"
    with pytest.raises(ValueError, match="FaceRectangle.top"):  # the check at the SDK boundary stays
        check_shape(m.FaceDetectionResult._from_wire({"faceRectangle": {"top": "1"}}))


def test_item5_datetimes():
    plus2 = datetime.timezone(datetime.timedelta(hours=2))
    result = m.FaceTrainingResult()
    result.created_date_time = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=plus2)
    assert result["createdDateTime"] == "2024-01-01T10:00:00Z"
    assert result.created_date_time == datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)
    assert result.created_date_time.utcoffset() == datetime.timedelta(0)
    result.created_date_time = datetime.datetime(2024, 1, 1, 12, 0)
    assert result["createdDateTime"] == "2024-01-01T12:00:00Z"
    naive_wire = m.FaceTrainingResult({"createdDateTime": "2024-03-05T11:07:58"}).created_date_time
    assert naive_wire == datetime.datetime(2024, 3, 5, 11, 7, 58, tzinfo=datetime.timezone.utc)
    assert m.FaceTrainingResult({"createdDateTime": "2024-03-05"}).created_date_time == "2024-03-05"
    result.created_date_time = datetime.date(2024, 1, 1)
    assert result.created_date_time == "2024-01-01"


def test_item6_ad_hoc_attributes_weak_references_and_vars():
    face = m.FaceDetectionResult({"faceId": "x"})
    face.source_file = "a.jpg"
    assert face.source_file == "a.jpg" and vars(face) == {"source_file": "a.jpg"}
    assert weakref.ref(face)() is face
    assert pickle.loads(pickle.dumps(face)).source_file == "a.jpg"
    assert face.as_dict() == {"faceId": "x"}


def test_item7_pop_and_popitem_on_a_nested_model_key_return_the_model():
    face = m.FaceDetectionResult({"faceId": "z", "faceRectangle": dict(RECT)})
    popped = face.pop("faceRectangle")
    assert isinstance(popped, m.FaceRectangle) and popped == RECT and "faceRectangle" not in face
    face = m.FaceDetectionResult({"faceRectangle": dict(RECT)})
    key, value = face.popitem()
    assert key == "faceRectangle" and isinstance(value, m.FaceRectangle)
    attrs = m.FaceAttributes({"accessories": [{"type": "mask", "confidence": 1.0}]})
    assert isinstance(attrs.pop("accessories")[0], m.AccessoryItem)
    assert face.pop("missing", 7) == 7


def test_item8_sdk_json_encoder():
    group = m.LargePersonGroup({"largePersonGroupId": "g", "name": "n"})
    assert json.loads(json.dumps(group, cls=SdkJSONEncoder)) == {"largePersonGroupId": "g", "name": "n"}
    assert json.loads(json.dumps(group, cls=SdkJSONEncoder, exclude_readonly=True)) == {"name": "n"}
    when = datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert json.dumps([when, m.FaceDetectionModel.DETECTION03], cls=SdkJSONEncoder) == '["2024-01-01T10:00:00Z", "detection_03"]'


def test_item9_enum_modules():
    for name in ["FaceAttributeTypeDetection01", "FaceAttributeTypeDetection03", "FaceAttributeTypeRecognition03",
                 "FaceAttributeTypeRecognition04"]:
        assert getattr(m, name).__module__ == "azure.ai.vision.face.models._patch"
    assert m.FaceAttributeType.__module__ == "azure.ai.vision.face.models._enums"


# -- kept on purpose -------------------------------------------------------------------------------------------


def test_kept_copy_is_a_real_copy_of_the_same_class_and_copy_copy_shares_nothing_at_the_top():
    group = m.LargePersonGroup({"largePersonGroupId": "g", "name": "n"})
    for duplicate in (group.copy(), copy.copy(group), copy.deepcopy(group)):
        assert type(duplicate) is m.LargePersonGroup and duplicate == group
        duplicate.name = "other"
        assert group.name == "n"


def test_kept_keywords_merge_over_the_mapping():
    assert m.FaceRectangle({"top": 1, "left": 2}, left=5).as_dict() == {"top": 1, "left": 5}


def test_a_model_built_from_another_model_copies_its_json():
    first = m.FaceDetectionResult({"faceRectangle": dict(RECT)})
    second = m.FaceDetectionResult(first)
    second.face_rectangle.top = 50
    assert first.face_rectangle.top == 1 and second == dict(first, faceRectangle=dict(RECT, top=50))


def test_kept_a_dict_written_by_key_reads_back_as_the_model_and_values_are_stored_in_wire_form():
    face = m.FaceDetectionResult()
    face["faceRectangle"] = dict(RECT)
    assert isinstance(face.face_rectangle, m.FaceRectangle)
    face["recognitionModel"] = m.FaceRecognitionModel.RECOGNITION04
    result = m.FaceTrainingResult()
    result["createdDateTime"] = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    assert face._data["recognitionModel"] == "recognition_04" and type(face._data["recognitionModel"]) is str
    assert result._data["createdDateTime"] == "2024-01-01T00:00:00Z"


def test_kept_del_attribute_repeated_reads_bad_positional_and_verify_image_bytes():
    face = m.FaceDetectionResult({"faceId": "x", "faceRectangle": dict(RECT)})
    assert face.face_rectangle is face.face_rectangle
    del face.face_id
    assert "faceId" not in face
    with pytest.raises(TypeError):
        m.FaceRectangle([1, 2, 3, 4])
    content = m.CreateLivenessWithVerifySessionMultipartContent(verify_image=b"\x89PNG")
    assert content.verify_image == b"\x89PNG" and content["VerifyImage"] == b"\x89PNG"


def test_every_field_of_every_model_has_a_resolved_reader():
    for name in m.__all__:
        cls = getattr(m, name)
        if isinstance(cls, type) and hasattr(cls, "_attr_to_rest_field"):
            assert all(field._resolved for field in _fields(cls)), name


def test_models_load_on_first_use():
    code = ("import sys\nfrom azure.ai.vision.face import FaceClient\n"
            "print('azure.ai.vision.face.models._models' in sys.modules)\n"
            "from azure.ai.vision.face.models import FaceRectangle\n"
            "print('azure.ai.vision.face.models._models' in sys.modules)\n")
    env = package_env()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr


def test_the_one_list_of_model_names_is_what_the_package_serves():
    import ast  # pylint: disable=import-outside-toplevel

    source = pathlib.Path(m.__file__).read_text()  # the package under test: the source tree, or the installed wheel
    listed = {alias.asname for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)
              for alias in node.names if alias.asname and not alias.asname.startswith("_")}
    assert sorted(listed) == m.__all__
    published = json.loads((CONFORMANCE / "surface-1.0.0b2.json").read_text())["models"]
    assert len(published) == 68 and set(published) <= listed  # the published names, and any added beyond them
    assert all(getattr(m, name).__name__ == name for name in listed)


def test_writing_values_that_are_no_models_keeps_no_view_cache():
    rect = m.FaceRectangle(top=1, left=2, width=3, height=4)
    rect.top, rect.left = 5, None
    del rect.width
    assert rect._cache is None and rect.as_dict() == {"top": 5, "height": 4}  # a model written is cached, nothing else
    face = m.FaceDetectionResult({"faceId": "x"})
    face.face_rectangle = rect
    assert face._cache == {"faceRectangle": rect} and face.face_rectangle is rect
