# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Identification with the asynchronous clients; every family member is enrolled concurrently.

Needs the async extra: ``pip install ".[aio]"``.

USAGE:
    python samples/sample_identify_from_large_person_group_async.py

    Offline it runs against the local Face emulator. Against Azure set FACE_ENDPOINT, FACE_APIKEY and
    FACE_SAMPLE_IMAGES (see samples/README.md); face ids need Limited Access approval.
"""
import asyncio
from typing import List, Tuple

from azure.ai.vision.face.aio import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.models import FaceRecognitionModel

from _shared import DETECT_FOR_RECOGNITION, FAMILY, FaceService, print_identification, run_async, unique_id


async def enroll(
    service: FaceService, admin: FaceAdministrationClient, group_id: str, name: str, role: str, pictures: List[str]
) -> Tuple[str, str]:
    """Create one person and register their faces; returns (person id, name)."""
    person = await admin.large_person_group.create_person(group_id, name=name, user_data=role)
    await asyncio.gather(
        *(admin.large_person_group.add_face(group_id, person.person_id, service.image(p)) for p in pictures)
    )
    return person.person_id, name


async def main(service: FaceService) -> None:
    group_id = unique_id("family-async")
    async with FaceAdministrationClient(service.endpoint, service.credential) as admin:
        await admin.large_person_group.create(
            group_id, name="My family", recognition_model=FaceRecognitionModel.RECOGNITION04
        )
        try:
            enrolled = await asyncio.gather(
                *(enroll(service, admin, group_id, name, role, pictures) for name, (role, pictures) in FAMILY.items())
            )
            print("Enrolled {} in {}.".format(", ".join(name for _, name in enrolled), group_id))
            training = await admin.large_person_group.begin_train(group_id, polling_interval=service.polling_interval)
            await training.result()

            async with FaceClient(service.endpoint, service.credential) as face_client:
                detected = await face_client.detect(service.image("family"), **DETECT_FOR_RECOGNITION)
                identified = await face_client.identify_from_large_person_group(
                    face_ids=[face.face_id for face in detected], large_person_group_id=group_id
                )
            print("Who is in the group photo:")
            print_identification(identified, dict(enrolled))
        finally:
            await admin.large_person_group.delete(group_id)


if __name__ == "__main__":
    run_async(main)
