"""CLI, persistence with --data-dir, and the emulator's dependency rules."""

from __future__ import annotations

import ast
import os
import pathlib
import re
import signal
import subprocess
import sys
import time

import pytest

import azure.ai.vision.face.emulator as emulator_pkg
from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

REPO = pathlib.Path(__file__).resolve().parents[2]
LINE = re.compile(r"^Face emulator listening on (http://127\.0\.0\.1:(\d+)) \(key: (.+)\)$")


def _start_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class _Endpoint:
    def __init__(self, port: int, key: str) -> None:
        self.port, self.key = port, key


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_one_line_serves_and_stops(sig, tmp_path):
    proc = _start_cli("--key", "cli-key", "--rate-limit", "100", "--training-seconds", "0.01", "--data-dir", str(tmp_path))
    try:
        line = proc.stdout.readline().strip()
        m = LINE.match(line)
        assert m, line
        http = Http(_Endpoint(int(m.group(2)), m.group(3)))
        assert m.group(3) == "cli-key"
        assert http.put("/largefacelists/cli", {"name": "cli"}).status == 200
        assert http.get("/largefacelists", key="other").status == 401
    finally:
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=10)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == 0, err
    assert out.strip() == ""  # exactly one line in total
    assert (tmp_path / "face-emulator.sqlite3").exists()


def test_cli_help():
    out = subprocess.run(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--help"], cwd=REPO, capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 0
    for flag in ("--host", "--port", "--key", "--data-dir", "--bearer-token", "--rate-limit", "--training-seconds"):
        assert flag in out.stdout


def test_state_survives_restart_with_data_dir(tmp_path):
    alice = make_face_image([FaceSpec("alice")])
    with FaceEmulator(data_dir=str(tmp_path), training_seconds=0) as emu:
        h = Http(emu)
        h.put("/largepersongroups/keep", {"name": "keep", "recognitionModel": "recognition_04"})
        pid = h.post("/largepersongroups/keep/persons", {"name": "alice"}).json()["personId"]
        h.post(f"/largepersongroups/keep/persons/{pid}/persistedfaces", data=alice)
        h.post("/largepersongroups/keep/train")
        face_id = h.face_id(alice)
        sid = h.post(
            "/detectLiveness/singleModal/sessions",
            {"livenessOperationMode": "Passive", "deviceCorrelationId": "d", "enableSessionImage": True},
        ).json()["sessionId"]
        image_id = emu.submit_liveness_attempt(sid)["sessionImageId"]
        emu.put_blob("b.png", alice)
        h.put("/largefacelists/gone", {"name": "gone"})
        h.delete("/largefacelists/gone")
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        h = Http(emu)
        assert h.get(f"/largepersongroups/keep/persons/{pid}").json()["name"] == "alice"
        assert h.get("/largepersongroups/keep/training").json()["status"] == "succeeded"
        r = h.post("/identify", {"faceIds": [face_id], "largePersonGroupId": "keep"})
        assert r.json()[0]["candidates"][0]["personId"] == pid
        assert h.get(f"/detectLiveness/singleModal/sessions/{sid}").json()["status"] == "ResultAvailable"
        assert h.get(f"/session/sessionImages/{image_id}").status == 200
        assert h.call("GET", "/_emulator/blobs/b.png", absolute=True).body == alice
        assert h.get("/largefacelists/gone").status == 404
        emu.reset()
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        assert Http(emu).get("/largepersongroups").json() == []


@pytest.mark.skipif(sys.version_info < (3, 10), reason="sys.stdlib_module_names is new in Python 3.10")
def test_emulator_uses_only_the_standard_library_and_never_the_sdk():
    root = pathlib.Path(emulator_pkg.__file__).parent
    stdlib = set(sys.stdlib_module_names)
    files = sorted(root.glob("*.py"))
    assert {"__init__.py", "__main__.py", "_server.py", "_store.py", "_engine.py", "images.py"} <= {f.name for f in files}
    for path in files:
        # The pytest plugin is loaded by pytest only (so pytest is there) and hands out an azure-core credential.
        allowed = stdlib | ({"pytest", "azure.core.credentials"} if path.name == "pytest_plugin.py" else set())
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert {alias.name.split(".")[0], alias.name.rsplit(".", 1)[0]} & allowed, f"{path.name}: import {alias.name}"
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    assert node.level == 1, f"{path.name}: relative import leaves the emulator package"
                else:
                    assert {node.module.split(".")[0], node.module} & allowed, f"{path.name}: from {node.module}"


def test_emulator_runs_without_the_sdk_package(tmp_path):
    """Copy the emulator into a bare namespace and start it with -I (no site-packages)."""
    target = tmp_path / "azure" / "ai" / "vision" / "face"
    target.mkdir(parents=True)
    (target / "__init__.py").write_text("")
    src = pathlib.Path(emulator_pkg.__file__).parent
    dest = target / "emulator"
    dest.mkdir()
    for f in src.glob("*.py"):
        (dest / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from azure.ai.vision.face.emulator import run_emulator\n"
        "from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image\n"
        "import urllib.request, json\n"
        "with run_emulator() as emu:\n"
        "    req = urllib.request.Request(emu.endpoint + '/face/v1.2-preview.1/detect', data=make_face_image([FaceSpec('a')]),"
        " headers={'Ocp-Apim-Subscription-Key': emu.key, 'Content-Type': 'application/octet-stream'})\n"
        "    with urllib.request.urlopen(req) as r: print(len(json.loads(r.read())))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('azure', 'aiohttp', 'requests') and 'emulator' not in m))\n"
    ) % str(tmp_path)
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["1", "['azure', 'azure.ai', 'azure.ai.vision', 'azure.ai.vision.face']"]
