# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Operation classes of the asynchronous clients."""
from azure.ai.vision.face.aio.operations._face import FaceClientOperationsMixin
from azure.ai.vision.face.aio.operations._face_list import FaceListOperations
from azure.ai.vision.face.aio.operations._large_face_list import LargeFaceListOperations
from azure.ai.vision.face.aio.operations._large_person_group import LargePersonGroupOperations
from azure.ai.vision.face.aio.operations._person_group import PersonGroupOperations
from azure.ai.vision.face.aio.operations._session import FaceSessionClientOperationsMixin

__all__ = [
    "FaceClientOperationsMixin",
    "FaceListOperations",
    "FaceSessionClientOperationsMixin",
    "LargeFaceListOperations",
    "LargePersonGroupOperations",
    "PersonGroupOperations",
]
