# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Asynchronous Face clients (install the ``aio`` extra for the aiohttp transport).

The clients are loaded on first use (PEP 562); ``from azure.ai.vision.face.aio import FaceClient`` works as usual.
"""
import typing as _typing

from azure.ai.vision.face._lazy import lazy_classes as _lazy_classes

if _typing.TYPE_CHECKING:
    from azure.ai.vision.face.aio._client import (
        FaceAdministrationClient as FaceAdministrationClient,
        FaceClient as FaceClient,
        FaceSessionClient as FaceSessionClient,
    )


__getattr__, __dir__ = _lazy_classes(globals(), ["azure.ai.vision.face.aio._client"])
