"""Engine plumbing that needs no native library: embedding identities, confidence, clustering,
landmark/pose geometry, engine selection (--engine), the install hint, and the state lock."""

from __future__ import annotations

import logging
import math
import pathlib
import subprocess
import sys
import threading
from typing import Dict, List, Tuple

import pytest

from azure.ai.vision.face.emulator import AnnotationFaceEngine, DetectedFace, FaceEmulator, FaceEngine
from azure.ai.vision.face.emulator import _real_engine as real
from azure.ai.vision.face.emulator._embedding import (
    MIXED_CONFIDENCE,
    cluster_identities,
    decode_embedding,
    distance_confidence,
    encode_embedding,
)
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

PHOTO = pathlib.Path(__file__).resolve().parents[1] / "engine" / "photos" / "grace_hopper.jpg"


def _unit(index: int, scale: float = 1.0) -> List[float]:
    return [scale if i == index else 0.0 for i in range(128)]


def _shifted(base: List[float], index: int, delta: float) -> List[float]:
    out = list(base)
    out[index] += delta
    return out


def test_embedding_identity_round_trips_as_float32():
    values = [i / 100.0 for i in range(128)]
    decoded = decode_embedding(encode_embedding(values))
    assert decoded is not None
    assert max(abs(a - b) for a, b in zip(decoded, values)) < 1e-6


@pytest.mark.parametrize("identity", ["alice", "dlib128:", "dlib128:not base64!", "dlib128:AAAA"])
def test_annotated_or_malformed_identities_carry_no_embedding(identity):
    assert decode_embedding(identity) is None


def test_encode_rejects_a_wrong_length():
    with pytest.raises(ValueError):
        encode_embedding([0.0] * 127)


def test_confidence_is_one_half_at_the_same_person_distance_and_monotonic():
    assert distance_confidence(0.6) == 0.5
    assert distance_confidence(0.3) == round(1 / (1 + math.exp(-3)), 5)
    assert distance_confidence(0.0) > distance_confidence(0.4) > 0.5 > distance_confidence(0.7) > distance_confidence(1.2)
    assert distance_confidence(1e6) == 0.0


def test_engine_compares_embeddings_by_distance_and_never_matches_annotated_faces():
    engine = AnnotationFaceEngine()
    a = encode_embedding(_unit(0))
    near = encode_embedding(_shifted(_unit(0), 1, 0.3))  # distance 0.3
    far = encode_embedding(_shifted(_unit(0), 1, 0.9))  # distance 0.9
    assert engine.compare(a, near, "recognition_04") == distance_confidence(0.3)
    assert engine.compare(a, far, "recognition_04") == distance_confidence(0.9)
    assert engine.compare(a, "alice", "recognition_04") == MIXED_CONFIDENCE
    assert engine.compare("alice", "alice", "recognition_04") > 0.9


def test_clusters_link_close_embeddings_and_keep_annotations_apart():
    a = _unit(0)
    chain = [a, _shifted(a, 1, 0.5), _shifted(a, 1, 1.0)]  # neighbours 0.5 apart: one cluster by linkage
    other = _unit(5)
    identities = [encode_embedding(v) for v in chain] + ["bob", encode_embedding(other), "bob", "carol"]
    labels = cluster_identities(identities)
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[5] != labels[0]
    assert len({labels[0], labels[3], labels[4], labels[6]}) == 4


def test_clustering_many_embeddings_matches_the_pairwise_rule():
    people = [_unit(i, 1.0) for i in range(10)]
    identities = [encode_embedding(_shifted(p, 100 + k, 0.1 * k)) for p in people for k in range(3)]
    labels = cluster_identities(identities)  # 30 faces: the vectorised path when numpy is present
    assert len(set(labels)) == 10
    assert all(labels[3 * i] == labels[3 * i + 1] == labels[3 * i + 2] for i in range(10))


def test_68_point_mapping_names_all_27_azure_landmarks_in_picture_orientation():
    points = [(float(i), float(i % 7)) for i in range(68)]
    marks = real.landmarks_from_68(points)
    assert len(marks) == 27
    assert marks["noseTip"] == points[30]
    assert marks["eyeLeftOuter"] == points[36] and marks["eyeRightOuter"] == points[45]
    assert marks["mouthLeft"] == points[48] and marks["mouthRight"] == points[54]


def test_5_point_template_keeps_measured_eye_corners_and_places_the_rest():
    # picture: eye on the left spans x 30..50, eye on the right 70..90, at y 40; nose base at (60, 70)
    five = [(90.0, 40.0), (70.0, 40.0), (30.0, 40.0), (50.0, 40.0), (60.0, 70.0)]
    marks = real.landmarks_from_5(five)
    assert len(marks) == 27
    assert marks["eyeLeftOuter"] == (30.0, 40.0) and marks["eyeRightOuter"] == (90.0, 40.0)
    assert marks["pupilLeft"] == (40.0, 40.0) and marks["pupilRight"] == (80.0, 40.0)
    assert marks["mouthLeft"][0] < marks["noseTip"][0] < marks["mouthRight"][0]
    assert marks["eyeLeftTop"][1] < 40 < marks["noseTip"][1] < marks["upperLipTop"][1] < marks["underLipBottom"][1]


def test_head_pose_reads_roll_and_yaw_from_the_geometry():
    frontal = real.head_pose((40.0, 40.0), (80.0, 40.0), (60.0, 40.0 + 0.53 * 40), "68")
    assert frontal == {"pitch": 0.0, "roll": 0.0, "yaw": 0.0}
    tilted = real.head_pose((40.0, 40.0), (80.0, 40.0 + 40 * math.tan(math.radians(20))), (60.0, 62.0), "68")
    assert tilted["roll"] == pytest.approx(20.0, abs=0.1)
    turned = real.head_pose((40.0, 40.0), (80.0, 40.0), (72.0, 61.2), "68")  # nose 0.3 iod to the right
    assert turned["yaw"] == pytest.approx(30.0, abs=0.1)
    assert real.head_pose((40.0, 40.0), (80.0, 40.0), (60.0, 200.0), "68")["pitch"] == -30.0  # clamped


def test_quality_for_recognition_needs_size_sharpness_and_a_frontal_pose():
    frontal = {"pitch": 0.0, "roll": 0.0, "yaw": 0.0}
    assert real.quality_for_recognition(120, "low", frontal) == "high"
    assert real.quality_for_recognition(80, "low", frontal) == "medium"
    assert real.quality_for_recognition(120, "medium", frontal) == "medium"
    assert real.quality_for_recognition(120, "low", {"pitch": 0.0, "roll": 0.0, "yaw": 30.0}) == "medium"
    assert real.quality_for_recognition(40, "low", frontal) == "low"
    assert real.quality_for_recognition(120, "high", frontal) == "low"


def test_make_engine_selects_by_name_and_rejects_unknown_names():
    assert isinstance(real.make_engine("annotations"), AnnotationFaceEngine)
    assert isinstance(real.make_engine("auto"), real.AutoFaceEngine)
    with pytest.raises(ValueError):
        real.make_engine("magic")
    with pytest.raises(ValueError):
        real.make_engine("auto", landmark_model="17")


def test_default_emulator_engine_is_auto_and_an_instance_is_used_as_given():
    custom = AnnotationFaceEngine()
    assert isinstance(FaceEmulator().engine, real.AutoFaceEngine)
    assert FaceEmulator(engine=custom).engine is custom
    assert isinstance(FaceEmulator(engine="annotations").engine, AnnotationFaceEngine)


def _without_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(real, "missing_requirements", lambda: ["dlib-bin"])


def test_real_engine_without_the_extra_names_the_install_command(monkeypatch):
    _without_extra(monkeypatch)
    with pytest.raises(real.EngineUnavailableError, match=r'pip install "azure-ai-vision-face\[engine\]"'):
        real.make_engine("real")


def test_auto_without_the_extra_finds_no_face_in_a_photo_and_hints_once(monkeypatch, caplog):
    _without_extra(monkeypatch)
    engine = real.AutoFaceEngine()
    photo = PHOTO.read_bytes()
    annotated = make_face_image([FaceSpec("alice")], format="png")
    with caplog.at_level(logging.WARNING, logger="azure.ai.vision.face.emulator"):
        assert engine.detect(photo) == []
        assert engine.detect_for_model(photo, "detection_03") == []
        assert [f.identity for f in engine.detect(annotated)] == ["alice"]
    hints = [r for r in caplog.records if "azure-ai-vision-face[engine]" in r.getMessage()]
    assert len(hints) == 1 and "\n" not in hints[0].getMessage()


def test_cli_refuses_engine_real_without_the_extra():
    if not real.missing_requirements():
        pytest.skip("the engine extra is installed here")
    proc = subprocess.run(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--engine", "real"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert "--engine real" in proc.stderr and 'pip install "azure-ai-vision-face[engine]"' in proc.stderr


class _GatedEngine(FaceEngine):
    """Blocks detection until released, to observe the state lock."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def detect(self, image: bytes) -> List[DetectedFace]:
        self.entered.set()
        assert self.release.wait(30)
        return AnnotationFaceEngine().detect(image)


def _form(image_part: str, fields: Dict[str, str], image: bytes) -> Tuple[bytes, str]:
    """A multipart form with text fields and the verify image part (with a filename)."""
    chunks = [f'--b\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    chunks.append(f'--b\r\nContent-Disposition: form-data; name="{image_part}"; filename="v.png"\r\n\r\n'.encode()
                  + image + b"\r\n--b--\r\n")
    return b"".join(chunks), "multipart/form-data; boundary=b"


# Every request that detects faces: detect itself, and the verify image of a liveness-with-verify session
# (preview and GA). Each must run its detection outside the state lock.
DETECTING_REQUESTS = {
    "detect": ("v1.2-preview.1", "/detect", lambda image: (image, "application/octet-stream")),
    "preview-verify-session": (
        "v1.2-preview.1", "/detectLivenessWithVerify/singleModal/sessions",
        lambda image: _form("VerifyImage", {"Parameters": '{"livenessOperationMode": "Passive", "deviceCorrelationId": "d"}'}, image)),
    "ga-verify-session": (
        "v1.2", "/detectLivenessWithVerify-sessions",
        lambda image: _form("verifyImage", {"livenessOperationMode": "Passive", "deviceCorrelationId": "d"}, image)),
}


@pytest.mark.parametrize("request_name", sorted(DETECTING_REQUESTS))
def test_the_engine_runs_outside_the_state_lock(request_name):
    version, path, make_body = DETECTING_REQUESTS[request_name]
    engine = _GatedEngine()
    with FaceEmulator(engine=engine) as emu:
        http = Http(emu, version=version)
        body, content_type = make_body(make_face_image([FaceSpec("alice")], format="png"))
        result: List[int] = []
        worker = threading.Thread(target=lambda: result.append(
            http.post(path, data=body, content_type=content_type).status))
        worker.start()
        listed: List[int] = []
        answered = threading.Event()

        def list_groups() -> None:  # needs the state lock while detection is in progress
            listed.append(http.get("/largepersongroups").status)
            answered.set()

        lister = threading.Thread(target=list_groups)
        try:
            assert engine.entered.wait(10)
            lister.start()
            assert answered.wait(5), "a request waited for the engine: detection ran under the state lock"
            assert listed == [200] and not engine.release.is_set()
        finally:
            engine.release.set()
            worker.join(30)
            lister.join(30)
        assert result == [200]
