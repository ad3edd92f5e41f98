# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Detect the faces in an image and analyse them with FaceClient.detect.

USAGE:
    python samples/sample_face_detection.py [IMAGE_FILE]

    With FACE_ENDPOINT and FACE_APIKEY unset the sample starts the local Face emulator and detects the faces of a
    generated picture. To use your Azure Face resource set both variables and pass a photo (or set
    FACE_SAMPLE_IMAGES, see samples/README.md). Returning face ids needs Limited Access approval on Azure.
"""
import sys

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.models import (
    FaceAttributeTypeDetection03,
    FaceAttributeTypeRecognition04,
    FaceDetectionModel,
    FaceRecognitionModel,
)

from _shared import face_service, print_faces


def main() -> None:
    with face_service() as service:
        image = service.image("detection", path=sys.argv[1] if len(sys.argv) > 1 else None)
        with FaceClient(endpoint=service.endpoint, credential=service.credential) as face_client:
            faces = face_client.detect(
                image,
                detection_model=FaceDetectionModel.DETECTION03,  # the most accurate detector
                recognition_model=FaceRecognitionModel.RECOGNITION04,  # the most accurate recognition model
                return_face_id=True,
                return_face_attributes=[
                    FaceAttributeTypeDetection03.HEAD_POSE,
                    FaceAttributeTypeDetection03.MASK,
                    FaceAttributeTypeRecognition04.QUALITY_FOR_RECOGNITION,
                ],
                return_face_landmarks=True,
                return_recognition_model=True,
                face_id_time_to_live=120,  # the face ids expire after two minutes
            )
        print_faces(faces)


if __name__ == "__main__":
    main()
