# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Identify who is in a group photo: enroll people in a large person group, train it, then identify.

1. FaceAdministrationClient creates a large person group, a person per family member and registers their faces.
2. The group is trained (a long-running operation: ``begin_train`` returns a poller).
3. FaceClient detects the faces of a new photo and asks which enrolled person, if any, each face belongs to.

USAGE:
    python samples/sample_identify_from_large_person_group.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

from _shared import FAMILY, face_service, print_identification, unique_id


def main() -> None:
    with face_service() as service, \
            FaceAdministrationClient(service.endpoint, service.credential) as admin, \
            FaceClient(service.endpoint, service.credential) as face_client:
        groups = admin.large_person_group
        group_id = unique_id("family")
        groups.create(group_id, name="My family", recognition_model=FaceRecognitionModel.RECOGNITION04)
        print("Created large person group {}.".format(group_id))
        try:
            names = {}
            for name, (role, pictures) in FAMILY.items():
                person_id = groups.create_person(group_id, name=name, user_data=role).person_id
                names[person_id] = name
                for picture in pictures:
                    groups.add_face(group_id, person_id, service.image(picture), user_data=picture)
                print("Enrolled {} with {} face(s).".format(name, len(pictures)))

            poller = groups.begin_train(group_id, polling_interval=service.polling_interval)
            poller.result()  # raises if the training fails
            print("Training done.")

            faces = face_client.detect(
                service.image("family"),
                detection_model=FaceDetectionModel.DETECTION03,
                recognition_model=FaceRecognitionModel.RECOGNITION04,
                return_face_id=True,
            )
            print("Identifying the {} faces of the group photo:".format(len(faces)))
            results = face_client.identify_from_large_person_group(
                face_ids=[face.face_id for face in faces],
                large_person_group_id=group_id,
                max_num_of_candidates_returned=1,
                confidence_threshold=0.6,
            )
            print_identification(results, names)
        finally:
            groups.delete(group_id)  # persons and their faces go with it
            print("Cleaned up: large person group {} is deleted.".format(group_id))


if __name__ == "__main__":
    main()
