# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Run a liveness session from the app server's side with FaceSessionClient.

A liveness check has two halves. The app server (this sample) creates a session and receives an auth token; a
front-end application on the user's device uses that token to film the user and send the attempt to the service.
The app server then reads the decision (real face or spoof) and the audit trail, and deletes the session.

USAGE:
    python samples/sample_face_liveness_detection.py

    Offline the local Face emulator plays the front end (``submit_liveness_attempt``). Against Azure (FACE_ENDPOINT
    and FACE_APIKEY set) the sample prints where your front end would act and shows the session as it is.
"""
import uuid

from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.models import CreateLivenessSessionContent, LivenessOperationMode

from _shared import face_service, print_liveness


def main() -> None:
    with face_service() as service, FaceSessionClient(service.endpoint, service.credential) as session_client:
        created = session_client.create_liveness_session(
            CreateLivenessSessionContent(
                liveness_operation_mode=LivenessOperationMode.PASSIVE,
                device_correlation_id=str(uuid.uuid4()),
                send_results_to_client=False,  # only the app server learns the outcome
                auth_token_time_to_live_in_seconds=60,
            )
        )
        print("Created liveness session {}.".format(created.session_id))

        service.play_liveness_front_end(created.session_id, created.auth_token)

        print_liveness(session_client.get_liveness_session_result(created.session_id))
        for entry in session_client.get_liveness_session_audit_entries(created.session_id):
            print("Audit entry {}: {} {} -> HTTP {}".format(
                entry.id, entry.request.method, entry.request.url, entry.response.status_code))
        print("Sessions of this resource: {}".format(len(session_client.get_liveness_sessions())))

        session_client.delete_liveness_session(created.session_id)
        print("Deleted session {}.".format(created.session_id))


if __name__ == "__main__":
    main()
