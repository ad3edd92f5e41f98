"""Fixtures of the fault-injection suite: the misbehaving server, and clients of either flavour that are always closed."""

import pytest
from azure.core.credentials import AzureKeyCredential

from tests.reliability._badserver import BadServer
from tests._flavours import run  # noqa: F401  (re-exported for the tests of this folder)

KEY = "secret-subscription-key-0123456789"
FAST = dict(retry_backoff_factor=0.01, retry_backoff_max=0.05, polling_interval=0.01)




@pytest.fixture
def bad_server():
    with BadServer() as server:
        yield server


class Clients:
    """Builds clients of one flavour and closes them all at teardown."""

    def __init__(self, flavour):
        self.flavour = flavour
        self.is_async = flavour == "async"
        self._made = []

    def make(self, kind, endpoint, credential=None, **kwargs):
        if self.is_async:
            from azure.ai.vision.face import aio as module
        else:
            import azure.ai.vision.face as module
        cls = getattr(module, kind)
        options = dict(FAST)
        options.update(kwargs)
        client = cls(endpoint, credential or AzureKeyCredential(KEY), **options)
        self._made.append(client)
        return client

    def face(self, endpoint, credential=None, **kwargs):
        return self.make("FaceClient", endpoint, credential, **kwargs)

    def admin(self, endpoint, credential=None, **kwargs):
        return self.make("FaceAdministrationClient", endpoint, credential, **kwargs)

    def session(self, endpoint, credential=None, **kwargs):
        return self.make("FaceSessionClient", endpoint, credential, **kwargs)

    async def close(self):
        for client in self._made:
            await run(client.close())


@pytest.fixture(params=["sync", "async"])
async def clients(request):
    made = Clients(request.param)
    yield made
    await made.close()


@pytest.fixture(autouse=True)
def _no_leftover_faults(request):
    """Faults a failed test did not consume must not leak into the next test (the emulator is session-wide)."""
    yield
    if "emulator" in request.fixturenames:
        request.getfixturevalue("emulator").clear_faults()
