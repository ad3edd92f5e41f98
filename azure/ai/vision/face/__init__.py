# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Azure AI Face client library: detection, recognition, face data management and liveness sessions."""
from azure.ai.vision.face._client import FaceAdministrationClient, FaceClient, FaceSessionClient
from azure.ai.vision.face._version import VERSION

__version__ = VERSION

__all__ = ["FaceAdministrationClient", "FaceClient", "FaceSessionClient"]
