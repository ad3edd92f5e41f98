# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Large person group operations of FaceAdministrationClient."""
from azure.ai.vision.face.aio.operations._base import AsyncOperationsBase


class LargePersonGroupOperations(AsyncOperationsBase):
    """Operations on large person groups: reach them as ``FaceAdministrationClient.large_person_group``."""
