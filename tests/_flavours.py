"""Scenarios are written once for both client flavours: ``run`` awaits an async result and passes a sync one through."""
import asyncio
import inspect
from typing import Any


async def run(result: Any) -> Any:
    """Return ``result``, awaiting it first when it is awaitable (an async client's call)."""
    return await result if inspect.isawaitable(result) else result


def run_sync(coroutine: Any) -> Any:
    """Run ``coroutine`` to its end on a loop of its own, from a synchronous test.

    Unlike ``asyncio.run`` it leaves the current event loop alone: on Python 3.9, ``asyncio.run`` unsets the fresh loop
    pytest-asyncio leaves after each async test, which is then reported unclosed at the end of the session.
    """
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()
