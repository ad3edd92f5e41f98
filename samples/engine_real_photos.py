# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Real photos, offline: the emulator's real face engine finds, draws and compares faces.

Starts a local Face emulator with the real engine, detects the faces of a photo with landmarks and attributes,
draws their rectangles and the 27 landmarks onto the photo and saves it as a PNG, then verifies a face against
a photo of the same person and against a photo of someone else.

USAGE:
    pip install "azure-ai-vision-face[engine]"
    python samples/engine_real_photos.py [--output faces.png] [PHOTO [SAME_PERSON [OTHER_PERSON]]]

    Without photos it uses the public-domain test photos in tests/engine/photos: Grace Hopper, a mirrored and
    brightened copy of her photo as "the same person", and the astronaut Eileen Collins as "someone else".
    No network and no Azure subscription are needed.
"""
import argparse
import io
import pathlib
from typing import List, Optional

from azure.core.credentials import AzureKeyCredential
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.emulator import run_emulator
from azure.ai.vision.face.models import FaceDetectionResult

PHOTOS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "engine" / "photos"
DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)


def same_person_copy(photo: bytes) -> bytes:
    """A mirrored, brighter JPEG copy of a photo: a stand-in for a second photo of the same person."""
    with Image.open(io.BytesIO(photo)) as picture:
        copy = ImageEnhance.Brightness(ImageOps.mirror(picture.convert("RGB"))).enhance(1.3)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=85)
    return out.getvalue()


def draw_faces(photo: bytes, faces: List[FaceDetectionResult], output: pathlib.Path) -> None:
    """Save the photo with face rectangles (green) and landmarks (red) drawn on it."""
    with Image.open(io.BytesIO(photo)) as picture:
        canvas = picture.convert("RGB")
    pen = ImageDraw.Draw(canvas)
    for face in faces:
        r = face.face_rectangle
        pen.rectangle([r.left, r.top, r.left + r.width, r.top + r.height], outline=(0, 220, 0), width=2)
        for point in (face.face_landmarks.as_dict() if face.face_landmarks else {}).values():
            x, y = point["x"], point["y"]
            pen.ellipse([x - 1.5, y - 1.5, x + 1.5, y + 1.5], fill=(255, 40, 40))
    canvas.save(output, "PNG")


def text(value: object) -> str:
    """The wire string of an enum member (or of a string the SDK did not know)."""
    return str(getattr(value, "value", value))


def only_face_id(client: FaceClient, photo: bytes, label: str) -> str:
    faces = client.detect(photo, **DETECT)
    if not faces:
        raise SystemExit("no face found in {}".format(label))
    return str(faces[0].face_id)  # faces come largest first


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="faces.png", help="where to save the annotated PNG (default faces.png)")
    parser.add_argument("photos", nargs="*", help="PHOTO [SAME_PERSON [OTHER_PERSON]]")
    args = parser.parse_args(argv)
    given = [pathlib.Path(p).read_bytes() for p in args.photos[:3]]
    photo = given[0] if given else (PHOTOS / "grace_hopper.jpg").read_bytes()
    same = given[1] if len(given) > 1 else same_person_copy(photo)
    other = given[2] if len(given) > 2 else (PHOTOS / "astronaut.jpg").read_bytes()

    with run_emulator(engine="real") as emulator:
        print("Using the local Face emulator with the real face engine at {}".format(emulator.endpoint))
        with FaceClient(emulator.endpoint, AzureKeyCredential(emulator.key)) as client:
            faces = client.detect(
                photo,
                detection_model="detection_01",
                recognition_model="recognition_04",
                return_face_id=False,
                return_face_landmarks=True,
                return_face_attributes=["headPose", "blur", "exposure", "noise", "qualityForRecognition"],
            )
            print("Found {} face(s)".format(len(faces)))
            for face in faces:
                a = face.face_attributes
                print(
                    "  {} | head pose {} | blur {} | exposure {} | noise {} | quality {}".format(
                        face.face_rectangle.as_dict(), a.head_pose.as_dict(), text(a.blur.blur_level),
                        text(a.exposure.exposure_level), text(a.noise.noise_level), text(a.quality_for_recognition),
                    )
                )
            draw_faces(photo, faces, pathlib.Path(args.output))
            print("Saved the faces with their landmarks to {}".format(args.output))

            face_id = only_face_id(client, photo, "the photo")
            for label, data in (("same person", same), ("someone else", other)):
                result = client.verify_face_to_face(face_id1=face_id, face_id2=only_face_id(client, data, label))
                print("Verify against {}: isIdentical={} confidence={:.3f}".format(
                    label, result.is_identical, result.confidence
                ))


if __name__ == "__main__":
    main()
