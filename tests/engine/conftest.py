"""Fixtures of the engine tests: one emulator with the real engine per module, and SDK clients bound to it."""

from __future__ import annotations

import pytest
from azure.core.credentials import AzureKeyCredential


@pytest.fixture(scope="module")
def real_emulator():
    from azure.ai.vision.face.emulator import run_emulator

    # auto: the pixels of real photos, the annotation of annotated images
    with run_emulator(engine="auto", training_seconds=0.05) as emu:
        yield emu


@pytest.fixture
def real_client(real_emulator):
    from azure.ai.vision.face import FaceClient

    with FaceClient(real_emulator.endpoint, AzureKeyCredential(real_emulator.key)) as client:
        yield client


@pytest.fixture
def real_admin(real_emulator):
    from azure.ai.vision.face import FaceAdministrationClient

    with FaceAdministrationClient(real_emulator.endpoint, AzureKeyCredential(real_emulator.key)) as client:
        yield client
