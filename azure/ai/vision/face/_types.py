# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Type aliases and sentinels shared across the package."""
from typing import IO, Any, MutableMapping, Tuple, Union

JSON = MutableMapping[str, Any]
"""A JSON object, keyed by wire names."""

FileContent = Union[str, bytes, IO[str], IO[bytes]]
FileType = Union[
    FileContent,
    Tuple[Union[str, None], FileContent],
    Tuple[Union[str, None], FileContent, Union[str, None]],
]
"""What a multipart file part may be: the content, or (filename, content[, content type])."""


# A plain object, as in other Azure SDKs: its repr reads "<object object at 0x...>" wherever a signature shows it.
_UNSET: Any = object()
"""Marks a parameter the caller did not pass (``None`` means "send nothing")."""
