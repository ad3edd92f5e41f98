"""Fixtures of the FaceSessionClient tests: each test runs once with the sync and once with the async client."""
import pytest

from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.aio import FaceSessionClient as AsyncFaceSessionClient


@pytest.fixture(params=["sync", "async"])
async def client(request, session_client, async_session_client):
    return session_client if request.param == "sync" else async_session_client


@pytest.fixture(params=["sync", "async"])
async def v11_client(request, endpoint, credential):
    """A client pinned to v1.1-preview.1, which has liveness sessions but keeps no session images."""
    if request.param == "sync":
        with FaceSessionClient(endpoint, credential, api_version="v1.1-preview.1") as sync_client:
            yield sync_client
    else:
        async with AsyncFaceSessionClient(endpoint, credential, api_version="v1.1-preview.1") as async_client:
            yield async_client
