"""The real engine finds, measures and recognises faces in real photos (issue 17).

Margins: two copies of one photo (flipped, brighter, darker, JPEG quality 25) are closer than
0.45; different people are further apart than 0.6 (the same-person cut-off is 0.6).
"""

from __future__ import annotations

import uuid
from typing import Any, Dict, List

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator._embedding import decode_embedding, embedding_distance
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.engine import ENGINE, photo, variant

pytestmark = ENGINE

SAME_MAX = 0.45
DIFFERENT_MIN = 0.6
REC = "recognition_04"


@pytest.fixture(scope="module")
def engine68() -> Any:
    from azure.ai.vision.face.emulator import RealFaceEngine

    return RealFaceEngine("68")


def _only_face(engine: Any, data: bytes, model: str = "detection_01") -> Any:
    faces = engine.detect_for_model(data, model)
    assert len(faces) == 1, [f.face_rectangle for f in faces]
    return faces[0]


def _embedding(engine: Any, data: bytes) -> Any:
    vector = decode_embedding(_only_face(engine, data).identity)
    assert vector is not None
    return vector


def _inside(point: Dict[str, float], rect: Dict[str, int], slack: float) -> bool:
    return (
        rect["left"] - slack <= point["x"] <= rect["left"] + rect["width"] + slack
        and rect["top"] - slack <= point["y"] <= rect["top"] + rect["height"] + slack
    )


# ----------------------------------------------------------------------------------------- detection


def test_astronaut_face_is_found_with_27_landmarks_on_the_face(real_client):
    faces = real_client.detect(
        photo("astronaut.jpg"), detection_model="detection_01", recognition_model=REC,
        return_face_id=True, return_face_landmarks=True,
    )
    assert len(faces) == 1
    rect = faces[0].face_rectangle.as_dict()
    # the face of the 256 px astronaut photo is about 45 px wide around (110, 63)
    assert 35 <= rect["width"] <= 60 and 35 <= rect["height"] <= 60
    assert rect["left"] <= 110 <= rect["left"] + rect["width"] and rect["top"] <= 63 <= rect["top"] + rect["height"]
    marks = faces[0].face_landmarks.as_dict()
    assert len(marks) == 27
    assert all(_inside(p, rect, slack=0.25 * rect["width"]) for p in marks.values())
    assert marks["pupilLeft"]["x"] < marks["noseTip"]["x"] < marks["pupilRight"]["x"]
    assert marks["eyeLeftOuter"]["x"] < marks["eyeLeftInner"]["x"] < marks["eyeRightInner"]["x"] < marks["eyeRightOuter"]["x"]
    assert marks["pupilLeft"]["y"] < marks["noseTip"]["y"] < marks["upperLipTop"]["y"] < marks["underLipBottom"]["y"]


def test_low_scoring_candidates_are_dropped_and_faces_come_largest_first(engine68):
    strict = engine68.detect_for_model(photo("astronaut.jpg"), "detection_01")
    lenient = engine68.detect_for_model(photo("astronaut.jpg"), "detection_02")  # min. score -0.3 instead of 0
    assert len(strict) == 1
    assert len(lenient) == 2  # plus a weak candidate that detection_01 drops
    areas = [f.area for f in lenient]
    assert areas == sorted(areas, reverse=True)
    assert strict[0].face_rectangle in [f.face_rectangle for f in lenient]


def test_the_small_cameraman_face_needs_detection_03(engine68):
    assert engine68.detect_for_model(photo("cameraman.png"), "detection_01") == []
    face = _only_face(engine68, photo("cameraman.png"), "detection_03")  # a second upsampling for small images
    assert face.face_rectangle["width"] < 36 and face.quality == "low"


def test_a_photo_without_a_face_has_none(real_client):
    from PIL import Image

    from tests.engine import encode

    gradient = Image.linear_gradient("L").resize((320, 240)).convert("RGB")
    result = real_client.detect(
        encode(gradient, quality=90), detection_model="detection_03", recognition_model=REC, return_face_id=True
    )
    assert result == []


# ----------------------------------------------------------------------------------------- attributes


def test_head_pose_follows_a_rotation_of_the_photo(engine68):
    upright = _only_face(engine68, photo("grace_hopper.jpg")).attributes["headPose"]
    assert abs(upright["roll"]) < 8 and abs(upright["yaw"]) < 15 and abs(upright["pitch"]) < 20
    rotated = _only_face(engine68, variant("grace_hopper.jpg", "rotated-15")).attributes["headPose"]
    # turning the picture 15 degrees anticlockwise lifts the right eye: roll decreases by about 15
    assert rotated["roll"] == pytest.approx(upright["roll"] - 15, abs=4)


def test_blur_exposure_and_noise_follow_the_image(engine68):
    def attrs(how: str) -> Dict[str, Any]:
        data = photo("grace_hopper.jpg") if how == "original" else variant("grace_hopper.jpg", how)
        found = engine68.detect_for_model(data, "detection_03")
        assert found, how
        return dict(found[0].attributes)

    original = attrs("original")
    assert original["blur"]["blurLevel"] == "low"
    assert original["exposure"]["exposureLevel"] == "goodExposure"
    assert original["noise"]["noiseLevel"] == "low"
    blurred = attrs("blurred")
    assert blurred["blur"]["value"] > original["blur"]["value"] + 0.2 and blurred["blur"]["blurLevel"] != "low"
    dark = attrs("very-dark")
    assert dark["exposure"]["exposureLevel"] == "underExposure"
    noisy = attrs("noisy")
    assert noisy["noise"]["value"] > original["noise"]["value"] + 0.3 and noisy["noise"]["noiseLevel"] != "low"


def test_quality_for_recognition_depends_on_face_size_and_blur(real_client):
    def quality(data: bytes) -> str:
        faces = real_client.detect(
            data, detection_model="detection_03", recognition_model=REC, return_face_id=False,
            return_face_attributes=["qualityForRecognition", "blur", "headPose"],
        )
        assert len(faces) == 1
        return faces[0].face_attributes.quality_for_recognition  # type: ignore[no-any-return]

    assert quality(photo("grace_hopper.jpg")) == "medium"  # a 90 px face
    assert quality(variant("grace_hopper.jpg", "large")) == "high"  # the same face at 225 px
    assert quality(variant("grace_hopper.jpg", "large-blurred")) in ("low", "medium")


def test_the_5_point_model_places_landmarks_near_the_68_point_ones(engine68):
    from azure.ai.vision.face.emulator import RealFaceEngine

    five = _only_face(RealFaceEngine("5"), photo("grace_hopper.jpg"))
    full = _only_face(engine68, photo("grace_hopper.jpg"))
    assert set(five.landmarks) == set(full.landmarks) and len(five.landmarks) == 27
    width = full.face_rectangle["width"]
    far = {
        name: (five.landmarks[name]["x"] - p["x"], five.landmarks[name]["y"] - p["y"])
        for name, p in full.landmarks.items()
        if abs(five.landmarks[name]["x"] - p["x"]) > 0.12 * width or abs(five.landmarks[name]["y"] - p["y"]) > 0.12 * width
    }
    assert far == {}
    assert five.identity == full.identity  # the embedding is aligned on the 5 points either way


# ----------------------------------------------------------------------------------------- recognition


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace_hopper.jpg"])
@pytest.mark.parametrize("how", ["flip", "brighter", "darker", "jpeg-q25", "original-png"])
def test_copies_of_one_photo_are_the_same_person(engine68, name, how):
    distance = embedding_distance(_embedding(engine68, photo(name)), _embedding(engine68, variant(name, how)))
    assert distance < SAME_MAX


def test_different_people_are_far_apart(engine68):
    astronaut = _embedding(engine68, photo("astronaut.jpg"))
    grace = _embedding(engine68, photo("grace_hopper.jpg"))
    cameraman = decode_embedding(_only_face(engine68, photo("cameraman.png"), "detection_03").identity)
    assert cameraman is not None
    assert embedding_distance(astronaut, grace) > DIFFERENT_MIN
    assert embedding_distance(astronaut, cameraman) > DIFFERENT_MIN
    assert embedding_distance(grace, cameraman) > DIFFERENT_MIN


def _face_id(client: Any, data: bytes, model: str = "detection_01") -> str:
    faces = client.detect(data, detection_model=model, recognition_model=REC, return_face_id=True)
    assert len(faces) == 1
    return str(faces[0].face_id)


def test_verify_says_same_for_one_person_and_different_for_two(real_client):
    grace = _face_id(real_client, photo("grace_hopper.jpg"))
    grace_flipped = _face_id(real_client, variant("grace_hopper.jpg", "flip"))
    astronaut = _face_id(real_client, photo("astronaut.jpg"))
    same = real_client.verify_face_to_face(face_id1=grace, face_id2=grace_flipped)
    different = real_client.verify_face_to_face(face_id1=grace, face_id2=astronaut)
    assert same.is_identical is True and same.confidence > 0.8
    assert different.is_identical is False and different.confidence < 0.5


def test_identify_find_similar_and_group_mix_real_and_annotated_faces(real_client, real_admin):
    group_id = "engine-" + uuid.uuid4().hex[:12]
    real_admin.large_person_group.create(group_id, name="mixed", recognition_model=REC)
    try:
        persons = {}
        enrol = {
            "astronaut": photo("astronaut.jpg"),
            "grace": photo("grace_hopper.jpg"),
            "alice": make_face_image([FaceSpec("alice", 100, 100, 200, 200)], format="jpeg"),
        }
        for name, data in enrol.items():
            persons[name] = real_admin.large_person_group.create_person(group_id, name=name).person_id
            real_admin.large_person_group.add_face(group_id, persons[name], data)
        real_admin.large_person_group.begin_train(group_id, polling_interval=0.05).result()

        queries = {
            "astronaut": _face_id(real_client, variant("astronaut.jpg", "flip")),
            "grace": _face_id(real_client, variant("grace_hopper.jpg", "darker")),
            "alice": _face_id(real_client, make_face_image([FaceSpec("alice", 50, 60, 180, 180)], format="png")),
        }
        results = real_client.identify_from_large_person_group(
            face_ids=list(queries.values()), large_person_group_id=group_id
        )
        top = {r.face_id: [c.person_id for c in r.candidates] for r in results}
        for name, face_id in queries.items():
            assert top[face_id][:1] == [persons[name]], name
            assert len(top[face_id]) == 1, name  # nobody else passes the 0.5 threshold

        extra = {
            "grace2": _face_id(real_client, variant("grace_hopper.jpg", "brighter")),
            "bob": _face_id(real_client, make_face_image([FaceSpec("bob")], format="png")),
            "cameraman": _face_id(real_client, photo("cameraman.png"), "detection_03"),
        }
        every: List[str] = list(queries.values()) + list(extra.values())
        similar = real_client.find_similar(
            face_id=queries["grace"], face_ids=[f for f in every if f != queries["grace"]], mode="matchPerson"
        )
        names = {v: k for k, v in {**queries, **extra}.items()}
        assert [s.face_id for s in similar] == [extra["grace2"]], [(names[s.face_id], s.confidence) for s in similar]

        grouped = real_client.group(face_ids=every)
        assert [sorted(g) for g in grouped.groups] == [sorted([queries["grace"], extra["grace2"]])]
        assert set(grouped.messy_group) == {queries["astronaut"], queries["alice"], extra["bob"], extra["cameraman"]}
    finally:
        real_admin.large_person_group.delete(group_id)


def test_embeddings_survive_a_restart_with_data_dir(tmp_path):
    from azure.core.credentials import AzureKeyCredential

    from azure.ai.vision.face import FaceAdministrationClient, FaceClient

    group_id = "persisted-" + uuid.uuid4().hex[:8]
    with FaceEmulator(engine="real", data_dir=str(tmp_path)) as emu:
        with FaceAdministrationClient(emu.endpoint, AzureKeyCredential(emu.key)) as admin:
            admin.large_person_group.create(group_id, name="persisted", recognition_model=REC)
            person_id = admin.large_person_group.create_person(group_id, name="grace").person_id
            admin.large_person_group.add_face(group_id, person_id, photo("grace_hopper.jpg"))
    with FaceEmulator(engine="real", data_dir=str(tmp_path)) as emu:
        with FaceClient(emu.endpoint, AzureKeyCredential(emu.key)) as client:
            same = client.verify_from_large_person_group(
                face_id=_face_id(client, variant("grace_hopper.jpg", "flip")),
                large_person_group_id=group_id, person_id=person_id,
            )
            other = client.verify_from_large_person_group(
                face_id=_face_id(client, photo("astronaut.jpg")), large_person_group_id=group_id, person_id=person_id
            )
    assert same.is_identical is True and other.is_identical is False


# ----------------------------------------------------------------------------------------- engine selection


def test_auto_uses_the_annotation_when_present_and_the_pixels_otherwise():
    from azure.ai.vision.face.emulator import AutoFaceEngine

    engine = AutoFaceEngine()
    annotated = engine.detect(make_face_image([FaceSpec("alice")], format="png"))
    assert [f.identity for f in annotated] == ["alice"]
    real = engine.detect(photo("grace_hopper.jpg"))
    assert len(real) == 1 and decode_embedding(real[0].identity) is not None


def test_models_load_once_per_process(engine68):
    from azure.ai.vision.face.emulator import RealFaceEngine

    assert RealFaceEngine("68").models is engine68.models
