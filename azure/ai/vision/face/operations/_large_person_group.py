# GENERATED from azure/ai/vision/face/aio/operations/_large_person_group.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Large person group operations of FaceAdministrationClient."""
from azure.ai.vision.face.operations._base import OperationsBase


class LargePersonGroupOperations(OperationsBase):
    """Operations on large person groups: reach them as ``FaceAdministrationClient.large_person_group``."""
