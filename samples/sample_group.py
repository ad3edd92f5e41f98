# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Split a set of faces into groups of the same person with FaceClient.group.

Faces that resemble nobody else end up in the "messy group".

USAGE:
    python samples/sample_group.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
from azure.ai.vision.face import FaceClient

from _shared import DETECT_FOR_RECOGNITION, face_service


def main() -> None:
    with face_service() as service, FaceClient(service.endpoint, service.credential) as face_client:
        origin = {}
        for name in ["dad1", "dad2", "mom1", "mom2", "son1", "family"]:
            faces = face_client.detect(service.image(name), **DETECT_FOR_RECOGNITION)
            for position, face in enumerate(faces, start=1):
                origin[face.face_id] = "{} (face {})".format(name, position)
        print("Grouping {} faces.".format(len(origin)))

        result = face_client.group(face_ids=list(origin))
        for number, group in enumerate(result.groups, start=1):
            print("Group {}: {}".format(number, ", ".join(origin[face_id] for face_id in group)))
        print("Messy group: {}".format(", ".join(origin[face_id] for face_id in result.messy_group) or "(empty)"))


if __name__ == "__main__":
    main()
