# GENERATED from azure/ai/vision/face/aio/operations/_session.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""FaceSessionClient operations: liveness sessions, their audit entries and session images."""
from azure.ai.vision.face.operations._base import OperationsBase


class FaceSessionClientOperationsMixin(OperationsBase):
    """Operations of :class:`~azure.ai.vision.face.FaceSessionClient`."""
