# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Detect faces in an image the service downloads itself, with FaceClient.detect_from_url.

USAGE:
    python samples/sample_face_detection_from_url.py [IMAGE_URL]

    Offline the emulator serves a generated picture from its own blob store. Against Azure set FACE_ENDPOINT,
    FACE_APIKEY and pass a publicly reachable image URL (or set FACE_SAMPLE_IMAGE_URL).
"""
import sys

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

from _shared import IMAGE_URL_VARIABLE, face_service, print_faces


def main() -> None:
    with face_service() as service:
        url = sys.argv[1] if len(sys.argv) > 1 else service.image_url("family")
        if not url:
            sys.exit("Pass an image URL as the first argument or set {}.".format(IMAGE_URL_VARIABLE))
        print("Detecting the faces of {}".format(url))
        with FaceClient(endpoint=service.endpoint, credential=service.credential) as face_client:
            faces = face_client.detect_from_url(
                url=url,
                detection_model=FaceDetectionModel.DETECTION03,
                recognition_model=FaceRecognitionModel.RECOGNITION04,
                return_face_id=False,
                return_face_landmarks=True,
            )
        print_faces(faces)


if __name__ == "__main__":
    main()
