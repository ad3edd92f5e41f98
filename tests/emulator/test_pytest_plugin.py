"""The package's pytest plugin (``face_emulator`` fixture), exercised as a user's own test suite would use it.

The plugin is loaded the way an installed package loads it: through its ``pytest11`` entry point, here declared by
a throwaway ``.dist-info`` folder that copies the entry point from ``pyproject.toml``; a separate pytest process
runs a small user suite against it (sync and async clients, isolation, opting out with ``-p no:azure_face``).
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import textwrap
from typing import List

import pytest

from tests._env import face_plugin_installed, package_env

ROOT = pathlib.Path(__file__).resolve().parents[2]
tomllib = pytest.importorskip("tomllib")

USER_TESTS = '''
import pytest

from azure.ai.vision.face import FaceAdministrationClient, FaceClient
from azure.ai.vision.face.aio import FaceClient as AsyncFaceClient
from azure.ai.vision.face.emulator.images import FaceSpec

ENDPOINTS = []


def test_my_app(face_emulator):
    client = FaceClient(face_emulator.endpoint, face_emulator.credential)
    with client:
        faces = client.detect(face_emulator.make_face_image("alice", "bob"), detection_model="detection_03",
                              recognition_model="recognition_04", return_face_id=False)
    assert len(faces) == 2
    assert face_emulator.credential.key == face_emulator.key == face_emulator.emulator.key
    ENDPOINTS.append(face_emulator.endpoint)


@pytest.mark.parametrize("run", [1, 2])
def test_state_is_reset_for_every_test(face_emulator, run):
    with FaceAdministrationClient(face_emulator.endpoint, face_emulator.credential) as admin:
        assert admin.large_person_group.get_large_person_groups() == []
        admin.large_person_group.create("mine", name="mine")
    face_emulator.emulator.fail_next(5, 500)
    face_emulator.emulator.set_rate_limit(1)
    ENDPOINTS.append(face_emulator.endpoint)


def test_faces_from_specs_and_formats(face_emulator):
    image = face_emulator.make_face_image(FaceSpec("carol", top=10, left=10), format="jpeg", width=320, height=240)
    assert image[:2] == b"\\xff\\xd8"
    with FaceClient(face_emulator.endpoint, face_emulator.credential) as client:
        faces = client.detect(image, detection_model="detection_03", recognition_model="recognition_04",
                              return_face_id=False)
    assert [f.face_rectangle.top for f in faces] == [10]
    assert face_emulator.make_face_image() != image


async def test_async_client(face_emulator):
    async with AsyncFaceClient(face_emulator.endpoint, face_emulator.credential) as client:
        faces = await client.detect(face_emulator.make_face_image("dave"), detection_model="detection_03",
                                    recognition_model="recognition_04", return_face_id=False)
    assert len(faces) == 1
    ENDPOINTS.append(face_emulator.endpoint)


def test_one_server_for_the_session():
    assert len(ENDPOINTS) == 4 and len(set(ENDPOINTS)) == 1
'''


def _entry_point() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    plugins = pyproject["project"]["entry-points"]["pytest11"]
    assert plugins == {"azure_face": "azure.ai.vision.face.emulator.pytest_plugin"}
    return f"azure_face = {plugins['azure_face']}"


@pytest.fixture(scope="module")
def user_suite(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    work = tmp_path_factory.mktemp("plugin")
    dist = work / "site" / "azure_face_plugin_probe-1.0.dist-info"
    dist.mkdir(parents=True)
    declared = _entry_point()
    if not face_plugin_installed():  # the package is not installed
        (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: azure-face-plugin-probe\nVersion: 1.0\n")
        (dist / "entry_points.txt").write_text(f"[pytest11]\n{declared}\n")
    (work / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    (work / "test_user_app.py").write_text(textwrap.dedent(USER_TESTS))
    return work


def _run(work: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    env = package_env()
    env.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
    env.pop("PYTEST_ADDOPTS", None)
    env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(work / "site")])
    command: List[str] = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *args]
    return subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=120)


def test_the_entry_point_loads_the_plugin_and_a_user_suite_passes(user_suite: pathlib.Path):
    done = _run(user_suite, "test_user_app.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 passed" in done.stdout


def test_opting_out_with_p_no_azure_face(user_suite: pathlib.Path):
    done = _run(user_suite, "-p", "no:azure_face", "test_user_app.py::test_my_app")
    assert done.returncode != 0
    assert "fixture 'face_emulator' not found" in done.stdout
