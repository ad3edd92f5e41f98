# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Azure AI Face client library: detection, recognition, face data management and liveness sessions.

The clients are loaded on first use (PEP 562), so ``import azure.ai.vision.face`` stays cheap for code that only
needs a submodule (``models``, ``aio``); ``from azure.ai.vision.face import FaceClient`` works as usual.
"""
import typing as _typing

from azure.ai.vision.face._lazy import lazy_classes as _lazy_classes
from azure.ai.vision.face._version import VERSION

if _typing.TYPE_CHECKING:
    from azure.ai.vision.face._client import (
        FaceAdministrationClient as FaceAdministrationClient,
        FaceClient as FaceClient,
        FaceSessionClient as FaceSessionClient,
    )

__version__ = VERSION


__getattr__, __dir__ = _lazy_classes(globals(), ["azure.ai.vision.face._client"])
