# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Detect faces in several images at once with the asynchronous FaceClient.

The asynchronous client (``azure.ai.vision.face.aio``) needs an async transport: ``pip install ".[aio]"`` (aiohttp).
Here three pictures are analysed concurrently with the ``detection_01`` model, which can report accessories,
occlusion, blur, exposure and noise.

USAGE:
    python samples/sample_face_detection_async.py

    Offline (FACE_ENDPOINT and FACE_APIKEY unset) it runs against the local Face emulator. Against Azure set both
    variables and FACE_SAMPLE_IMAGES (see samples/README.md).
"""
import asyncio

from azure.ai.vision.face.aio import FaceClient
from azure.ai.vision.face.models import FaceAttributeTypeDetection01, FaceDetectionModel, FaceRecognitionModel

from _shared import FaceService, print_faces, run_async

PICTURES = ["dad1", "mom1", "family"]


async def main(service: FaceService) -> None:
    async with FaceClient(endpoint=service.endpoint, credential=service.credential) as face_client:
        detections = await asyncio.gather(
            *(
                face_client.detect(
                    service.image(name),
                    detection_model=FaceDetectionModel.DETECTION01,
                    recognition_model=FaceRecognitionModel.RECOGNITION04,
                    return_face_id=False,  # no Limited Access approval needed without face ids
                    return_face_attributes=[
                        FaceAttributeTypeDetection01.ACCESSORIES,
                        FaceAttributeTypeDetection01.OCCLUSION,
                        FaceAttributeTypeDetection01.BLUR,
                    ],
                )
                for name in PICTURES
            )
        )
    for name, faces in zip(PICTURES, detections):
        print_faces(faces, title="Faces in '{}'".format(name))


if __name__ == "__main__":
    run_async(main)
