# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Search a trained large face list for faces that look like a newly detected face.

Unlike ``find_similar``, whose candidates are short-lived face ids, a large face list keeps its faces until
deleted and can hold up to a million of them.

USAGE:
    python samples/sample_find_similar_from_large_face_list.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import DETECT_FOR_RECOGNITION, FaceService, face_service, unique_id


def search(service: FaceService, admin: FaceAdministrationClient, face_client: FaceClient, list_id: str) -> None:
    label = {}
    for name in ["dad2", "mom1", "mom2", "son1"]:
        added = admin.large_face_list.add_face(list_id, service.image(name), user_data=name)
        label[added.persisted_face_id] = name
    admin.large_face_list.begin_train(list_id, polling_interval=service.polling_interval).result()
    print("Trained large face list {} with {} faces.".format(list_id, len(label)))

    # The probe's recognition model (DETECT_FOR_RECOGNITION) must be the list's model.
    probe = face_client.detect(service.image("dad1"), **DETECT_FOR_RECOGNITION)[0]
    matches = face_client.find_similar_from_large_face_list(
        face_id=probe.face_id, large_face_list_id=list_id, max_num_of_candidates_returned=2
    )
    print("Faces similar to the face in 'dad1':")
    for match in matches:
        print("  {} (persisted face {}, confidence {:.2f})".format(
            label[match.persisted_face_id], match.persisted_face_id, match.confidence))


def main() -> None:
    with face_service() as service:
        admin_client = FaceAdministrationClient(service.endpoint, service.credential)
        with admin_client as admin, FaceClient(service.endpoint, service.credential) as face_client:
            list_id = unique_id("similar-faces")
            admin.large_face_list.create(
                list_id, name="Known faces", recognition_model=FaceRecognitionModel.RECOGNITION04
            )
            try:
                search(service, admin, face_client, list_id)
            finally:
                admin.large_face_list.delete(list_id)


if __name__ == "__main__":
    main()
