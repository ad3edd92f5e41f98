# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Large face list operations of FaceAdministrationClient."""
from azure.ai.vision.face.aio.operations._base import AsyncOperationsBase


class LargeFaceListOperations(AsyncOperationsBase):
    """Operations on large face lists: reach them as ``FaceAdministrationClient.large_face_list``."""
