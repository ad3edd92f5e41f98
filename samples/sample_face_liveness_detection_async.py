# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""An asynchronous liveness session, including the image the session kept of the user.

This variant passes the request body as a plain JSON mapping (service field names) instead of a model, and once
the attempt is done it downloads the session image and runs face detection on it, without uploading it again.
Needs the async extra: ``pip install ".[aio]"``.

USAGE:
    python samples/sample_face_liveness_detection_async.py

    Offline the local Face emulator plays the front end. Against Azure (FACE_ENDPOINT and FACE_APIKEY set) the
    sample prints where your front end would act; no session image exists until it has.
"""
import uuid

from azure.ai.vision.face.aio import FaceSessionClient
from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

from _shared import FaceService, print_faces, print_liveness, run_async


async def main(service: FaceService) -> None:
    async with FaceSessionClient(service.endpoint, service.credential) as session_client:
        created = await session_client.create_liveness_session(
            {
                "livenessOperationMode": "Passive",
                "deviceCorrelationId": str(uuid.uuid4()),
                "enableSessionImage": True,
                "authTokenTimeToLiveInSeconds": 120,
            }
        )
        print("Created liveness session {}.".format(created.session_id))
        service.play_liveness_front_end(created.session_id, created.auth_token)

        session = await session_client.get_liveness_session_result(created.session_id)
        print_liveness(session)
        image_id = session.result.session_image_id if session.result else None
        if image_id:
            chunks = [chunk async for chunk in await session_client.get_session_image(image_id)]
            print("Downloaded the session image: {} bytes.".format(sum(len(chunk) for chunk in chunks)))
            faces = await session_client.detect_from_session_image(
                session_image_id=image_id,
                detection_model=FaceDetectionModel.DETECTION03,
                recognition_model=FaceRecognitionModel.RECOGNITION04,
                return_face_id=False,
            )
            print_faces(faces, title="Faces in the session image")

        await session_client.delete_liveness_session(created.session_id)
        print("Deleted session {}.".format(created.session_id))


if __name__ == "__main__":
    run_async(main)
