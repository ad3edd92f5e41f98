# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Azure AI Face client library: detection, recognition, face data management and liveness sessions.

The clients are loaded on first use (PEP 562), so ``import azure.ai.vision.face`` stays cheap for code that only
needs a submodule (``models``, ``aio``); ``from azure.ai.vision.face import FaceClient`` works as usual.
"""
import typing as _typing

from azure.ai.vision.face._version import VERSION

if _typing.TYPE_CHECKING:
    from azure.ai.vision.face._client import FaceAdministrationClient, FaceClient, FaceSessionClient

__version__ = VERSION

__all__ = ["FaceAdministrationClient", "FaceClient", "FaceSessionClient"]


def __getattr__(name: str) -> _typing.Any:
    if name in __all__:
        from azure.ai.vision.face import _client  # pylint: disable=import-outside-toplevel

        value = getattr(_client, name)
        globals()[name] = value
        return value
    raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))


def __dir__() -> _typing.List[str]:
    return sorted(set(globals()) | set(__all__))
