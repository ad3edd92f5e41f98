# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Identify people with the person directory: persons, their faces, a dynamic person group, no training.

Beyond the published package: the person directory is not in the published 1.0.0b2 package.

1. FaceAdministrationClient.person_directory creates a person per family member (a long-running operation each:
   ``begin_create_person`` returns a poller) and adds their faces for the recognition model the sample uses.
2. A dynamic person group gathers the parents (``begin_create_dynamic_person_group_with_person``), then takes the
   son in and the father out (``begin_update_dynamic_person_group_with_person_changes``).
3. FaceClient identifies the faces of a group photo against chosen persons, against the group, and verifies one.
4. Everything is deleted again (long-running too).

USAGE:
    python samples/sample_person_directory_identify.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval. The person directory is
    part of the preview API (v1.2-preview.1, the default), not of the GA v1.2 API.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import DETECT_FOR_RECOGNITION, FAMILY, face_service, print_identification, print_verification, unique_id

MODEL = FaceRecognitionModel.RECOGNITION04  # faces are kept per recognition model; queries must use the same


def main() -> None:
    with face_service() as service, \
            FaceAdministrationClient(service.endpoint, service.credential) as admin, \
            FaceClient(service.endpoint, service.credential) as face_client:
        directory = admin.person_directory
        wait = {"polling_interval": service.polling_interval}
        names, group_id, group_made = {}, unique_id("family"), False
        try:
            # Start every creation first, then wait: the operations run side by side on the service.
            pollers = {name: directory.begin_create_person(name=name, user_data=role, **wait)
                       for name, (role, _) in FAMILY.items()}
            persons = {name: poller.result() for name, poller in pollers.items()}
            names = {person.person_id: name for name, person in persons.items()}
            face_pollers = [directory.begin_add_face(persons[name].person_id, MODEL, service.image(picture),
                                                     detection_model="detection_03", user_data=picture, **wait)
                            for name, (_, pictures) in FAMILY.items() for picture in pictures]
            for poller in face_pollers:
                poller.result()
            for name, person in persons.items():
                faces = directory.get_faces(person.person_id, MODEL)
                print("Enrolled {} ({}) with {} face(s).".format(name, person.person_id, len(faces.persisted_face_ids)))

            group = directory.begin_create_dynamic_person_group_with_person(
                group_id, name="Parents", add_person_ids=[persons["Bill"].person_id, persons["Clare"].person_id],
                **wait).result()
            group_made = True
            print("Created dynamic person group '{}' ({}).".format(group.name, group.dynamic_person_group_id))

            faces = face_client.detect(service.image("family"), **DETECT_FOR_RECOGNITION)
            face_ids = [face.face_id for face in faces]
            print("Identifying the {} faces of the group photo among all three persons:".format(len(faces)))
            print_identification(face_client.identify_from_person_directory(
                face_ids=face_ids, person_ids=list(names), max_num_of_candidates_returned=1), names)
            print("... and in the group '{}':".format(group.name))
            print_identification(face_client.identify_from_dynamic_person_group(
                face_ids=face_ids, dynamic_person_group_id=group_id, max_num_of_candidates_returned=1), names)

            group = directory.begin_update_dynamic_person_group_with_person_changes(
                group_id, name="Clare and Ron", add_person_ids=[persons["Ron"].person_id],
                remove_person_ids=[persons["Bill"].person_id], **wait).result()
            members = directory.get_dynamic_person_group_persons(group_id).person_ids
            print("Group is now '{}': {}.".format(group.name, ", ".join(names[pid] for pid in members)))
            references = directory.get_dynamic_person_group_references(persons["Bill"].person_id)
            print("Bill is in {} dynamic person group(s) now.".format(len(references.dynamic_person_group_ids)))
            print("Identifying in '{}' again:".format(group.name))
            print_identification(face_client.identify_from_dynamic_person_group(
                face_ids=face_ids, dynamic_person_group_id=group_id, max_num_of_candidates_returned=1), names)

            print("Verifying the first face against Bill:")
            print_verification("face #1 vs Bill", face_client.verify_from_person_directory(
                face_id=face_ids[0], person_id=persons["Bill"].person_id))
        finally:
            cleanup = [directory.begin_delete_person(person_id, **wait) for person_id in names]
            if group_made:
                cleanup.append(directory.begin_delete_dynamic_person_group(group_id, **wait))
            for poller in cleanup:
                poller.result()
            print("Cleaned up: {} person(s) and the dynamic person group are deleted.".format(len(names)))


if __name__ == "__main__":
    main()
