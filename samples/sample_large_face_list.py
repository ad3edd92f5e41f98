# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Manage a large face list with FaceAdministrationClient: create, add/update/remove faces, train, delete.

A large face list is a collection of faces (not people) that ``find_similar_from_large_face_list`` searches. Each
added face gets a persisted face id that never expires. The list must be trained after changes before searching.

USAGE:
    python samples/sample_large_face_list.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES, and optionally FACE_SAMPLE_IMAGE_URL to also add a face by URL (see samples/README.md).
"""
from azure.ai.vision.face import FaceAdministrationClient
from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

from _shared import face_service, text, unique_id


def main() -> None:
    with face_service() as service, FaceAdministrationClient(service.endpoint, service.credential) as admin:
        faces = admin.large_face_list
        list_id = unique_id("sample-list")
        faces.create(list_id, name="Sample faces", recognition_model=FaceRecognitionModel.RECOGNITION04)
        print("Created large face list {}.".format(list_id))
        try:
            faces.update(list_id, name="Sample faces (renamed)", user_data="made by sample_large_face_list.py")
            face_list = faces.get(list_id, return_recognition_model=True)
            print("List '{}' uses {}; user data: {}".format(
                face_list.name, text(face_list.recognition_model), face_list.user_data))

            added = faces.add_face(
                list_id, service.image("dad1"), detection_model=FaceDetectionModel.DETECTION03, user_data="Bill"
            )
            print("Added a face from bytes: {}".format(added.persisted_face_id))
            url = service.image_url("mom1")
            if url:
                from_url = faces.add_face_from_url(list_id, url=url, user_data="Clare")
                print("Added a face from {}: {}".format(url, from_url.persisted_face_id))
            # Only the largest face is taken unless target_face names one: [left, top, width, height].
            ron = faces.add_face(list_id, service.image("son1"), target_face=[250, 120, 130, 130], user_data="Ron?")
            faces.update_face(list_id, ron.persisted_face_id, user_data="Ron")
            print("Face {} now says: {}".format(
                ron.persisted_face_id, faces.get_face(list_id, ron.persisted_face_id).user_data))

            faces.delete_face(list_id, added.persisted_face_id)
            print("Faces left after deleting one: {}".format(
                ", ".join(face.user_data or face.persisted_face_id for face in faces.get_faces(list_id, top=100))))

            faces.begin_train(list_id, polling_interval=service.polling_interval).result()
            status = faces.get_training_status(list_id)
            print("Training {} (last success {}).".format(text(status.status), status.last_successful_training_date_time))
            print("Large face lists of this resource: {}".format(len(faces.get_large_face_lists(top=1000))))
        finally:
            faces.delete(list_id)
            print("Deleted large face list {}.".format(list_id))


if __name__ == "__main__":
    main()
