"""Fixtures for the emulator's own tests: a fresh emulator per test, raw HTTP only."""

from __future__ import annotations

import pytest

from azure.ai.vision.face.emulator import FaceEmulator

from tests.emulator._http import Http


@pytest.fixture
def emu():
    with FaceEmulator(training_seconds=0.05) as emulator:
        yield emulator


@pytest.fixture
def http(emu):
    return Http(emu)
