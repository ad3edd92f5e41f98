# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Type aliases and sentinels shared across the package."""
from typing import Any, MutableMapping

JSON = MutableMapping[str, Any]
"""A JSON object, keyed by wire names."""

# A plain object, as in other Azure SDKs: its repr reads "<object object at 0x...>" wherever a signature shows it.
_UNSET: Any = object()
"""Marks a parameter the caller did not pass (``None`` means "send nothing")."""
