# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Find the faces that look like a given face among a handful of detected faces (FaceClient.find_similar).

Face ids are short-lived handles returned by ``detect(..., return_face_id=True)``; all faces compared must come
from the same recognition model.

USAGE:
    python samples/sample_find_similar.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.models import FindSimilarMatchMode

from _shared import DETECT_FOR_RECOGNITION, face_service


def main() -> None:
    with face_service() as service, FaceClient(service.endpoint, service.credential) as face_client:
        # Every face of every picture gets an id, remembered with the picture it came from.
        picture_of = {}
        for name in ["dad1", "dad2", "mom1", "son1", "family"]:
            for face in face_client.detect(service.image(name), **DETECT_FOR_RECOGNITION):
                picture_of[face.face_id] = name
        target, *candidates = picture_of
        print("Looking for faces similar to the face of '{}' among {} faces.".format(
            picture_of[target], len(candidates)))

        for mode in (FindSimilarMatchMode.MATCH_PERSON, FindSimilarMatchMode.MATCH_FACE):
            similar = face_client.find_similar(
                face_id=target, face_ids=candidates, max_num_of_candidates_returned=3, mode=mode
            )
            print("Mode {}: {} match(es)".format(mode.value, len(similar)))
            for match in similar:
                print("  face from '{}' (confidence {:.2f})".format(picture_of[match.face_id], match.confidence))


if __name__ == "__main__":
    main()
