# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Liveness with face verification: is the person in front of the camera real, and are they who they claim to be?

The app server creates the session together with a reference photo ("verify image"); the front end performs the
liveness check; the result then carries both the liveness decision and the comparison with the reference photo.

USAGE:
    python samples/sample_face_liveness_detection_with_verification.py

    Offline the local Face emulator plays the front end. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (the reference photo is dad1.jpg, see samples/README.md); the sample prints where your
    front end would act.
"""
import uuid

from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.models import CreateLivenessWithVerifySessionContent, LivenessOperationMode

from _shared import face_service, print_liveness, text


def main() -> None:
    with face_service() as service, FaceSessionClient(service.endpoint, service.credential) as session_client:
        created = session_client.create_liveness_with_verify_session(
            CreateLivenessWithVerifySessionContent(
                liveness_operation_mode=LivenessOperationMode.PASSIVE,
                device_correlation_id=str(uuid.uuid4()),
                auth_token_time_to_live_in_seconds=60,
                return_verify_image_hash=True,
            ),
            verify_image=service.image("dad1"),
        )
        reference = created.verify_image
        print("Created liveness-with-verify session {}; reference face at {} (quality {}).".format(
            created.session_id, dict(reference.face_rectangle), text(reference.quality_for_recognition)))

        service.play_liveness_front_end(created.session_id, created.auth_token, same_person=True)

        print_liveness(session_client.get_liveness_with_verify_session_result(created.session_id))
        entries = session_client.get_liveness_with_verify_session_audit_entries(created.session_id)
        print("Audit entries: {}".format(len(entries)))

        session_client.delete_liveness_with_verify_session(created.session_id)
        print("Deleted session {}.".format(created.session_id))


if __name__ == "__main__":
    main()
