# GENERATED from azure/ai/vision/face/aio/operations/__init__.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Operation classes of the synchronous clients."""
from azure.ai.vision.face.operations._face import FaceClientOperationsMixin
from azure.ai.vision.face.operations._face_list import FaceListOperations
from azure.ai.vision.face.operations._large_face_list import LargeFaceListOperations
from azure.ai.vision.face.operations._large_person_group import LargePersonGroupOperations
from azure.ai.vision.face.operations._person_group import PersonGroupOperations
from azure.ai.vision.face.operations._session import FaceSessionClientOperationsMixin

__all__ = [
    "FaceClientOperationsMixin",
    "FaceListOperations",
    "FaceSessionClientOperationsMixin",
    "LargeFaceListOperations",
    "LargePersonGroupOperations",
    "PersonGroupOperations",
]
