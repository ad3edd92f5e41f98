# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Where the published package defines its synchronous operation classes; kept so such imports keep working."""
from azure.ai.vision.face.operations import (  # noqa: F401
    FaceClientOperationsMixin,
    FaceSessionClientOperationsMixin,
    LargeFaceListOperations,
    LargePersonGroupOperations,
)
