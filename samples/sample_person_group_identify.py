# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Identify who is in a group photo with a person group, then verify one face against one person.

A person group holds up to 10,000 persons (a large person group, up to a million). Person groups are
not in the published 1.0.0b2 package; this clone adds them, with the same calls as the large variant.

1. FaceAdministrationClient creates a person group, a person per family member and registers their faces.
2. The group is trained (a long-running operation: ``begin_train`` returns a poller).
3. FaceClient identifies the faces of a group photo, then verifies one of them against an enrolled person.

USAGE:
    python samples/sample_person_group_identify.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import DETECT_FOR_RECOGNITION, FAMILY, face_service, print_identification, print_verification, text, \
    unique_id


def main() -> None:
    with face_service() as service, \
            FaceAdministrationClient(service.endpoint, service.credential) as admin, \
            FaceClient(service.endpoint, service.credential) as face_client:
        groups = admin.person_group
        group_id = unique_id("family")
        groups.create(group_id, name="My family", recognition_model=FaceRecognitionModel.RECOGNITION04)
        print("Created person group {}.".format(group_id))
        try:
            names = {}
            for name, (role, pictures) in FAMILY.items():
                person_id = groups.create_person(group_id, name=name, user_data=role).person_id
                names[person_id] = name
                for picture in pictures:
                    groups.add_face(group_id, person_id, service.image(picture), user_data=picture)
                print("Enrolled {} with {} face(s).".format(name, len(pictures)))
            print("The group has {} persons.".format(len(groups.get_persons(group_id))))

            poller = groups.begin_train(group_id, polling_interval=service.polling_interval)
            poller.result()  # raises if the training fails
            print("Training {}.".format(text(groups.get_training_status(group_id).status)))

            faces = face_client.detect(service.image("family"), **DETECT_FOR_RECOGNITION)
            print("Identifying the {} faces of the group photo:".format(len(faces)))
            results = face_client.identify_from_person_group(
                face_ids=[face.face_id for face in faces],
                person_group_id=group_id,
                max_num_of_candidates_returned=1,
                confidence_threshold=0.6,
            )
            print_identification(results, names)

            bill = next(person_id for person_id, name in names.items() if name == "Bill")
            print("Verifying the first face of the photo against Bill:")
            print_verification("face 1 vs Bill", face_client.verify_from_person_group(
                face_id=faces[0].face_id, person_group_id=group_id, person_id=bill))
        finally:
            groups.delete(group_id)  # persons and their faces go with it
            print("Cleaned up: person group {} is deleted.".format(group_id))


if __name__ == "__main__":
    main()
