# GENERATED from azure/ai/vision/face/aio/operations/_large_face_list.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Large face list operations of FaceAdministrationClient."""
from azure.ai.vision.face.operations._base import OperationsBase


class LargeFaceListOperations(OperationsBase):
    """Operations on large face lists: reach them as ``FaceAdministrationClient.large_face_list``."""
