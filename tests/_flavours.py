"""Scenarios are written once for both client flavours: ``run`` awaits an async result and passes a sync one through."""
import inspect
from typing import Any


async def run(result: Any) -> Any:
    """Return ``result``, awaiting it first when it is awaitable (an async client's call)."""
    return await result if inspect.isawaitable(result) else result
