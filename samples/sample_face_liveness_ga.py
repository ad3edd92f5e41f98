# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Liveness with the GA Face API (``api_version="v1.2"``): sessions, their attempts, verification, session images.

The GA API reshaped the liveness sessions of the previews: a session answers with its state (``NotStarted``,
``Running``, ``Succeeded``, ...) and every attempt the front end made (``results.attempts``, the latest first); a
liveness-with-verify session always gets its reference photo at creation and reports it in
``results.verifyReferences``. Session listings and audit entries are gone. The same ``FaceSessionClient`` methods
speak that contract when the client is created with ``api_version="v1.2"``. GA liveness is not in the published
1.0.0b2 package: this sample needs this one.

USAGE:
    python samples/sample_face_liveness_ga.py

    Offline the local Face emulator plays the front end. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (the reference photo is dad1.jpg, see samples/README.md); the sample prints where your
    front end would act, and the sessions stay 'NotStarted'.
"""
import uuid
from typing import Any

from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.models import (
    LivenessOperationMode,
    LivenessSessionDetails,
    LivenessSessionOptions,
    LivenessWithVerifySessionDetails,
    LivenessWithVerifySessionOptions,
)

from _shared import face_service, text


def print_attempts(session: Any) -> None:
    """Print a GA session's state and each of its attempts."""
    print("Session {}: status {}, model {}".format(session.session_id, text(session.status),
                                                   text(session.model_version)))
    if not session.results.attempts:
        print("  no attempt yet")
    for attempt in session.results.attempts:
        if attempt.error is not None:
            print("  attempt #{} {}: {} ({})".format(attempt.attempt_id, text(attempt.attempt_status),
                                                     attempt.error.code, attempt.error.message))
            continue
        line = "  attempt #{} {}: liveness decision {}".format(
            attempt.attempt_id, text(attempt.attempt_status), text(attempt.result.liveness_decision))
        verify = attempt.result.get("verifyResult")
        if verify is not None:
            line += ", same person as the reference: {} (match confidence {:.2f})".format(
                attempt.result.verify_result.is_identical, attempt.result.verify_result.match_confidence)
        print(line)


def main() -> None:
    with face_service() as service, FaceSessionClient(
        service.endpoint, service.credential, api_version="v1.2"
    ) as session_client:
        # 1. Liveness: the whole session comes back at creation (on v1.2 the result is a LivenessSessionDetails).
        created = session_client.create_liveness_session(
            LivenessSessionOptions(
                liveness_operation_mode=LivenessOperationMode.PASSIVE,
                device_correlation_id=str(uuid.uuid4()),
                enable_session_image=True,  # keep an image of each attempt
                auth_token_time_to_live_in_seconds=60,
            )
        )
        assert isinstance(created, LivenessSessionDetails)  # narrows the type for type checkers too
        print("Created liveness session {} (status {}).".format(created.session_id, text(created.status)))

        service.play_liveness_front_end(created.session_id, created.auth_token)

        session = session_client.get_liveness_session_result(created.session_id)
        assert isinstance(session, LivenessSessionDetails)
        print_attempts(session)
        kept = [a.result.session_image_id for a in session.results.attempts if a.result and a.result.session_image_id]
        if kept:
            image = b"".join(session_client.get_session_image(kept[0]))
            print("  session image {}: {} bytes".format(kept[0], len(image)))
        session_client.delete_liveness_session(created.session_id)
        print("Deleted session {}.".format(created.session_id))

        # 2. Liveness with verification: the reference photo is required and travels as a form with the options.
        verified = session_client.create_liveness_with_verify_session(
            LivenessWithVerifySessionOptions(
                liveness_operation_mode=LivenessOperationMode.PASSIVE,
                device_correlation_id=str(uuid.uuid4()),
                return_verify_image_hash=True,
            ),
            verify_image=service.image("dad1"),
        )
        assert isinstance(verified, LivenessWithVerifySessionDetails)
        for reference in verified.results.verify_references:
            print("Created liveness-with-verify session {}; reference face at {} (quality {}).".format(
                verified.session_id, dict(reference.face_rectangle), text(reference.quality_for_recognition)))

        service.play_liveness_front_end(verified.session_id, verified.auth_token, same_person=True)

        print_attempts(session_client.get_liveness_with_verify_session_result(verified.session_id))
        session_client.delete_liveness_with_verify_session(verified.session_id)
        print("Deleted session {}.".format(verified.session_id))

        # 3. What GA dropped is refused before anything is sent.
        try:
            session_client.get_liveness_sessions()
        except ValueError as error:
            print("As expected on v1.2: {}".format(error))


if __name__ == "__main__":
    main()
