"""Time the tests can read exactly: transports that record the waits azure-core asks of them, and a clock for the
in-process emulator that moves only when a client waits.

azure-core waits through its transport (``transport.sleep``): the retry policy between attempts, the pollers between
polls. A recording transport keeps those delays in ``sleeps`` and returns at once, so a test asserts the exact
delays a setting asked for, and never measures the wall clock.
"""
import asyncio
from typing import Any, List, Optional, Union

from azure.core.pipeline.transport import AioHttpTransport, RequestsTransport


class EmulatedTime:
    """A clock that stands still until ``advance`` moves it; installed as the emulator's clock by ``emulated_time``."""

    def __init__(self, start: float) -> None:
        self.value = start

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


class RecordingTransport(RequestsTransport):
    """The requests transport, whose waits are recorded (and passed on to ``clock``) instead of slept."""

    def __init__(self, clock: Optional[EmulatedTime] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleeps: List[float] = []
        self.clock = clock

    def sleep(self, duration: float) -> None:
        self.sleeps.append(duration)
        if self.clock is not None:
            self.clock.advance(duration)


class AsyncRecordingTransport(AioHttpTransport):
    """The aiohttp transport, whose waits are recorded (and passed on to ``clock``) instead of slept."""

    def __init__(self, clock: Optional[EmulatedTime] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleeps: List[float] = []
        self.clock = clock

    async def sleep(self, duration: float) -> None:
        self.sleeps.append(duration)
        if self.clock is not None:
            self.clock.advance(duration)
        await asyncio.sleep(0)


def recording_transport(
    is_async: bool, clock: Optional[EmulatedTime] = None
) -> Union[RecordingTransport, AsyncRecordingTransport]:
    """A new recording transport of the given flavour (give it to a client as ``transport=``)."""
    return AsyncRecordingTransport(clock) if is_async else RecordingTransport(clock)

