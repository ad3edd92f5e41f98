# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Asynchronous Face clients (install the ``aio`` extra for the aiohttp transport).

The clients are loaded on first use (PEP 562); ``from azure.ai.vision.face.aio import FaceClient`` works as usual.
"""
import typing as _typing

if _typing.TYPE_CHECKING:
    from azure.ai.vision.face.aio._client import FaceAdministrationClient, FaceClient, FaceSessionClient

__all__ = ["FaceAdministrationClient", "FaceClient", "FaceSessionClient"]


def __getattr__(name: str) -> _typing.Any:
    if name in __all__:
        from azure.ai.vision.face.aio import _client  # pylint: disable=import-outside-toplevel

        value = getattr(_client, name)
        globals()[name] = value
        return value
    raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))


def __dir__() -> _typing.List[str]:
    return sorted(set(globals()) | set(__all__))
