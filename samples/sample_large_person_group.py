# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Manage a large person group with FaceAdministrationClient: people, their faces, training.

A large person group holds persons, each with up to 248 registered faces; identification searches it (after
training) and verification compares against one of its persons.

USAGE:
    python samples/sample_large_person_group.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES, and optionally FACE_SAMPLE_IMAGE_URL to also add a face by URL (see samples/README.md).
"""
from azure.ai.vision.face import FaceAdministrationClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import face_service, text, unique_id


def main() -> None:
    with face_service() as service, FaceAdministrationClient(service.endpoint, service.credential) as admin:
        groups = admin.large_person_group
        group_id = unique_id("sample-group")
        groups.create(group_id, name="Sample group", recognition_model=FaceRecognitionModel.RECOGNITION04)
        try:
            groups.update(group_id, user_data="made by sample_large_person_group.py")
            group = groups.get(group_id, return_recognition_model=True)
            print("Created large person group {} ('{}', {}).".format(group_id, group.name, text(group.recognition_model)))

            bill = groups.create_person(group_id, name="Bill").person_id
            clare = groups.create_person(group_id, name="Clare", user_data="Mom").person_id
            groups.update_person(group_id, bill, user_data="Dad")
            first = groups.add_face(group_id, bill, service.image("dad1"), user_data="dad1")
            groups.add_face(group_id, clare, service.image("mom1"))
            url = service.image_url("dad2")
            if url:
                groups.add_face_from_url(group_id, bill, url=url, user_data="dad2 (from URL)")
            for person in groups.get_persons(group_id):
                print("  person {} ({}): {} face(s)".format(person.name, person.user_data, len(person.persisted_face_ids or [])))

            groups.update_face(group_id, bill, first.persisted_face_id, user_data="Bill, first photo")
            print("Bill's first face: {}".format(groups.get_face(group_id, bill, first.persisted_face_id).user_data))
            groups.delete_face(group_id, bill, first.persisted_face_id)
            print("Bill keeps {} face(s) after deleting one.".format(
                len(groups.get_person(group_id, bill).persisted_face_ids or [])))

            groups.begin_train(group_id, polling_interval=service.polling_interval).result()
            print("Training {}.".format(text(groups.get_training_status(group_id).status)))

            groups.delete_person(group_id, clare)
            print("Persons after deleting Clare: {}".format(", ".join(p.name for p in groups.get_persons(group_id))))
            print("Large person groups of this resource: {}".format(len(groups.get_large_person_groups(top=1000))))
        finally:
            groups.delete(group_id)
            print("Deleted large person group {}.".format(group_id))


if __name__ == "__main__":
    main()
