"""The image helper makes real, decodable files that carry the face annotation."""

from __future__ import annotations

import struct
import zlib

import pytest

from azure.ai.vision.face.emulator import AnnotationFaceEngine
from azure.ai.vision.face.emulator.images import (
    FaceSpec,
    annotate_image,
    default_attributes,
    default_landmarks,
    image_info,
    make_face_image,
    read_annotation,
)

FORMATS = ["png", "jpeg", "gif", "bmp"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_at_least_1kb_and_reports_its_dimensions(fmt):
    for width, height in ((640, 480), (36, 36), (100, 50)):
        data = make_face_image([FaceSpec("a", 5, 5, 20, 20)], width=width, height=height, format=fmt)
        assert len(data) >= 1024
        assert image_info(data) == (fmt, width, height)


@pytest.mark.parametrize("fmt", FORMATS)
def test_annotation_round_trips(fmt):
    faces = [
        FaceSpec("alice", 10, 20, 100, 110, quality="medium"),
        FaceSpec("bob", 200, 300, 150, 150, attributes={"glasses": "sunglasses"}),
    ]
    doc = read_annotation(make_face_image(faces, format=fmt))
    assert doc["format"] == "azure-face-emulator/1"
    assert [f["identity"] for f in doc["faces"]] == ["alice", "bob"]
    assert doc["faces"][0]["faceRectangle"] == {"top": 10, "left": 20, "width": 100, "height": 110}
    assert doc["faces"][0]["qualityForRecognition"] == "medium"
    assert doc["faces"][1]["faceAttributes"] == {"glasses": "sunglasses"}


def test_output_is_deterministic():
    assert make_face_image([FaceSpec("x")], format="jpeg") == make_face_image([FaceSpec("x")], format="jpeg")


def test_png_structure_is_valid():
    data = make_face_image([FaceSpec("alice")], width=64, height=48)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    i, chunks, idat = 8, [], b""
    while i < len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind, body = data[i + 4 : i + 8], data[i + 8 : i + 8 + length]
        (crc,) = struct.unpack(">I", data[i + 8 + length : i + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks.append(kind)
        if kind == b"IDAT":
            idat += body
        i += 12 + length
    assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND" and b"tEXt" in chunks
    assert len(zlib.decompress(idat)) == 48 * (1 + 64 * 3)


def test_jpeg_structure_is_valid_baseline():
    data = make_face_image([FaceSpec("alice")], format="jpeg")
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    i, markers = 2, []
    while True:
        assert data[i] == 0xFF
        marker = data[i + 1]
        markers.append(marker)
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if marker == 0xC0:
            precision, height, width, ncomp = struct.unpack(">BHHB", data[i + 4 : i + 10])
            assert (precision, width, height, ncomp) == (8, 640, 480, 3)
        i += 2 + length
        if marker == 0xDA:
            break
    assert {0xE0, 0xFE, 0xDB, 0xC0, 0xC4, 0xDA} <= set(markers)
    scan = data[i:-2]
    # Inside entropy-coded data every 0xFF byte must be stuffed with 0x00.
    for j, b in enumerate(scan[:-1]):
        if b == 0xFF:
            assert scan[j + 1] == 0x00


def test_gif_and_bmp_structure():
    gif = make_face_image([FaceSpec("a")], width=50, height=40, format="gif")
    assert gif[:6] == b"GIF89a" and gif[-1:] == b"\x3b"
    bmp = make_face_image([FaceSpec("a")], width=50, height=40, format="bmp")
    size, offset = struct.unpack("<I", bmp[2:6])[0], struct.unpack("<I", bmp[10:14])[0]
    assert bmp[:2] == b"BM" and size == len(bmp) and offset == 54
    stride = (50 * 3 + 3) & ~3
    assert struct.unpack("<I", bmp[34:38])[0] == stride * 40


def test_no_faces_means_no_detection_and_unannotated_files_have_none():
    engine = AnnotationFaceEngine()
    assert engine.detect(make_face_image([])) == []
    assert read_annotation(b"\xff\xd8\xff\xe0" + b"\x00" * 2000) is None


def test_annotate_existing_image_and_engine_defaults():
    plain = make_face_image([], format="png")
    tagged = annotate_image(plain, [FaceSpec("carol", 30, 40, 80, 90)])
    faces = AnnotationFaceEngine().detect(tagged)
    assert [f.identity for f in faces] == ["carol"]
    face = faces[0]
    assert face.face_rectangle == {"top": 30, "left": 40, "width": 80, "height": 90}
    assert face.landmarks == default_landmarks(face.face_rectangle)
    assert len(face.landmarks) == 27
    assert face.attributes == default_attributes("carol", "high")
    for fmt in ("jpeg", "gif", "bmp"):
        tagged = annotate_image(make_face_image([], format=fmt), [FaceSpec("dan")])
        assert [f.identity for f in AnnotationFaceEngine().detect(tagged)] == ["dan"]


def test_faces_are_ranked_by_size_and_similarity_is_identity_based():
    engine = AnnotationFaceEngine()
    image = make_face_image([FaceSpec("small", 0, 0, 40, 40), FaceSpec("big", 100, 100, 200, 200)])
    assert [f.identity for f in engine.detect(image)] == ["big", "small"]
    same = engine.compare("alice", "alice", "recognition_04")
    other = engine.compare("alice", "bob", "recognition_04")
    assert same >= 0.9 and other < 0.5
    assert 0.0 <= other <= 1.0


def test_faceSpec_signature():
    spec = FaceSpec("id", 1, 2, 3, 4, landmarks={"pupilLeft": {"x": 1, "y": 2}}, attributes={}, quality="low")
    assert (spec.top, spec.left, spec.width, spec.height, spec.quality) == (1, 2, 3, 4, "low")
    with pytest.raises(TypeError):
        FaceSpec("id", 1, 2, 3, 4, None)  # landmarks is keyword-only
    with pytest.raises(ValueError):
        make_face_image(format="tiff")
