# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""FaceSessionClient operations: liveness sessions, their audit entries and session images."""
from azure.ai.vision.face.aio.operations._base import AsyncOperationsBase


class FaceSessionClientOperationsMixin(AsyncOperationsBase):
    """Operations of :class:`~azure.ai.vision.face.aio.FaceSessionClient`."""
