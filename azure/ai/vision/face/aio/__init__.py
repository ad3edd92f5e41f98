# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Asynchronous Face clients (install the ``aio`` extra for the aiohttp transport)."""
from azure.ai.vision.face.aio._client import FaceAdministrationClient, FaceClient, FaceSessionClient

__all__ = ["FaceAdministrationClient", "FaceClient", "FaceSessionClient"]
