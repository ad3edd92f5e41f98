# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Where the published package defines its asynchronous operation classes; kept so such imports keep working."""
from azure.ai.vision.face.aio.operations import (  # noqa: F401
    FaceClientOperationsMixin,
    FaceSessionClientOperationsMixin,
    LargeFaceListOperations,
    LargePersonGroupOperations,
)
