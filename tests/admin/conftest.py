"""Fixtures of the FaceAdministrationClient tests: every scenario runs once with the sync and once with the async clients."""
from types import SimpleNamespace

import pytest

from azure.ai.vision.face import FaceAdministrationClient
from azure.ai.vision.face.aio import FaceAdministrationClient as AsyncFaceAdministrationClient

from tests.admin._helpers import run


@pytest.fixture(params=["sync", "async"])
def flavour(request):
    return request.param


@pytest.fixture
def clients(flavour, admin_client, async_admin_client, face_client, async_face_client):
    """The admin and face clients of one flavour: ``clients.admin``, ``clients.face``."""
    if flavour == "sync":
        return SimpleNamespace(admin=admin_client, face=face_client)
    return SimpleNamespace(admin=async_admin_client, face=async_face_client)


@pytest.fixture
async def new_admin(flavour, endpoint, credential):
    """A factory of further admin clients of the current flavour (closed after the test)."""
    made = []

    def make(**kwargs):
        cls = FaceAdministrationClient if flavour == "sync" else AsyncFaceAdministrationClient
        made.append(cls(endpoint, credential, **kwargs))
        return made[-1]

    yield make
    for client in made:
        await run(client.close())
