# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Keep a small set of faces in a face list and search it for faces like a newly detected one.

A face list holds up to 1,000 faces and, unlike a large face list, needs no training: faces are searchable as soon
as they are added. (Face lists are not in the published 1.0.0b2 package; this clone adds them.)

1. FaceAdministrationClient creates a face list and adds faces to it, from image bytes and from a URL.
2. The list is read back with its faces, and renamed.
3. FaceClient detects a face in a new photo and finds the most similar faces of the list.

USAGE:
    python samples/sample_face_list_find_similar.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel, FindSimilarMatchMode

from _shared import DETECT_FOR_RECOGNITION, FaceService, face_service, text, unique_id


def fill_and_search(service: FaceService, admin: FaceAdministrationClient, face_client: FaceClient,
                    list_id: str) -> None:
    label = {}
    for name in ["dad2", "mom1", "son1"]:
        added = admin.face_list.add_face(list_id, service.image(name), user_data=name)
        label[added.persisted_face_id] = name
    url = service.image_url("mom2")
    if url:  # the service downloads this one
        added = admin.face_list.add_face_from_url(list_id, url=url, user_data="mom2")
        label[added.persisted_face_id] = "mom2"

    admin.face_list.update(list_id, name="Family faces")
    face_list = admin.face_list.get(list_id, return_recognition_model=True)
    print("Face list {} ('{}', {}) holds {} faces: {}.".format(
        face_list.face_list_id, face_list.name, text(face_list.recognition_model), len(face_list.persisted_faces or []),
        ", ".join(sorted(face.user_data or "?" for face in face_list.persisted_faces or []))))

    # No training step: the list is searched as it is. The probe's recognition model must be the list's.
    probe = face_client.detect(service.image("dad1"), **DETECT_FOR_RECOGNITION)[0]
    for mode in (FindSimilarMatchMode.MATCH_PERSON, FindSimilarMatchMode.MATCH_FACE):
        matches = face_client.find_similar_from_face_list(
            face_id=probe.face_id, face_list_id=list_id, mode=mode, max_num_of_candidates_returned=2)
        print("Faces similar to the face in 'dad1' ({}):".format(text(mode)))
        for match in matches:
            print("  {} (persisted face {}, confidence {:.2f})".format(
                label[match.persisted_face_id], match.persisted_face_id, match.confidence))

    son = next(face_id for face_id, name in label.items() if name == "son1")
    admin.face_list.delete_face(list_id, son)
    print("Removed son1's face; {} faces are left.".format(len(admin.face_list.get(list_id).persisted_faces or [])))


def main() -> None:
    with face_service() as service, \
            FaceAdministrationClient(service.endpoint, service.credential) as admin, \
            FaceClient(service.endpoint, service.credential) as face_client:
        list_id = unique_id("faces")
        admin.face_list.create(list_id, name="Known faces", recognition_model=FaceRecognitionModel.RECOGNITION04)
        try:
            fill_and_search(service, admin, face_client, list_id)
            ours = [item.name for item in admin.face_list.get_face_lists() if item.face_list_id == list_id]
            print("Listed among all face lists as {}.".format(ours))
        finally:
            admin.face_list.delete(list_id)
            print("Cleaned up: face list {} is deleted.".format(list_id))


if __name__ == "__main__":
    main()
