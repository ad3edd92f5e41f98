"""Shared fixtures: one local Face emulator per test session, and clients bound to it."""
import os
import time

import pytest
from azure.core.credentials import AzureKeyCredential


@pytest.fixture(scope="session")
def emulator():
    """A running emulator on a free loopback port, shared by the whole session (tests use unique ids)."""
    from azure.ai.vision.face.emulator import run_emulator

    with run_emulator(training_seconds=0.05) as emu:
        yield emu


@pytest.fixture
def emulated_time(monkeypatch: pytest.MonkeyPatch):
    """Stops the clock of every in-process emulator for this test: it moves only by ``advance`` (directly, or by the
    waits of a client whose recording transport was given this clock)."""
    from azure.ai.vision.face.emulator import _util
    from tests._clock import EmulatedTime

    clock = EmulatedTime(time.time())
    monkeypatch.setattr(_util, "clock", clock)
    return clock


@pytest.fixture
def endpoint(emulator):
    return emulator.endpoint


@pytest.fixture
def credential(emulator):
    return AzureKeyCredential(emulator.key)


@pytest.fixture
def face_client(endpoint, credential):
    from azure.ai.vision.face import FaceClient

    with FaceClient(endpoint, credential, polling_interval=0.01) as client:
        yield client


@pytest.fixture
async def async_face_client(endpoint, credential):
    from azure.ai.vision.face.aio import FaceClient

    async with FaceClient(endpoint, credential, polling_interval=0.01) as client:
        yield client


@pytest.fixture
def admin_client(endpoint, credential):
    from azure.ai.vision.face import FaceAdministrationClient

    with FaceAdministrationClient(endpoint, credential, polling_interval=0.01) as client:
        yield client


@pytest.fixture
async def async_admin_client(endpoint, credential):
    from azure.ai.vision.face.aio import FaceAdministrationClient

    async with FaceAdministrationClient(endpoint, credential, polling_interval=0.01) as client:
        yield client


@pytest.fixture
def session_client(endpoint, credential):
    from azure.ai.vision.face import FaceSessionClient

    with FaceSessionClient(endpoint, credential) as client:
        yield client


@pytest.fixture
async def async_session_client(endpoint, credential):
    from azure.ai.vision.face.aio import FaceSessionClient

    async with FaceSessionClient(endpoint, credential) as client:
        yield client


def pytest_report_header(config: pytest.Config) -> str:
    """Says which copy of the package the run tests: the source tree, or an installed wheel."""
    import azure.ai.vision.face

    return "azure.ai.vision.face {} from {}".format(azure.ai.vision.face.__version__,
                                                    os.path.dirname(azure.ai.vision.face.__file__))
