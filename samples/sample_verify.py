# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Face verification ("one-to-one"): do two faces belong to the same person?

Part 1 compares two detected faces (``verify_face_to_face``). Part 2 compares a detected face with a person
enrolled in a large person group (``verify_from_large_person_group``); verification needs no training.

USAGE:
    python samples/sample_verify.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import DETECT_FOR_RECOGNITION, face_service, first_face_ids, print_verification, unique_id


def main() -> None:
    with face_service() as service, FaceClient(service.endpoint, service.credential) as face_client:
        bill_1, bill_2, clare = first_face_ids(
            face_client.detect(service.image(name), **DETECT_FOR_RECOGNITION) for name in ("dad1", "dad2", "mom1")
        )

        print("Face to face:")
        print_verification("dad1 vs dad2", face_client.verify_face_to_face(face_id1=bill_1, face_id2=bill_2))
        print_verification("dad1 vs mom1", face_client.verify_face_to_face(face_id1=bill_1, face_id2=clare))

        with FaceAdministrationClient(service.endpoint, service.credential) as admin:
            group_id = unique_id("verify")
            admin.large_person_group.create(
                group_id, name="Verification", recognition_model=FaceRecognitionModel.RECOGNITION04
            )
            try:
                person_id = admin.large_person_group.create_person(group_id, name="Bill").person_id
                admin.large_person_group.add_face(group_id, person_id, service.image("dad1"))
                print("Against person Bill of large person group {}:".format(group_id))
                for label, face_id in (("dad2", bill_2), ("mom1", clare)):
                    result = face_client.verify_from_large_person_group(
                        face_id=face_id, large_person_group_id=group_id, person_id=person_id
                    )
                    print_verification("{} vs Bill".format(label), result)
            finally:
                admin.large_person_group.delete(group_id)


if __name__ == "__main__":
    main()
