"""The official JavaScript REST client (``@azure-rest/ai-vision-face`` 1.0.0-beta.3, API ``v1.2``) against the emulator.

The client is installed with npm once into a per-user cache folder (``FACE_EMULATOR_JS_CACHE`` overrides it) and
reused; the test skips, saying why, when node or npm is missing or the install fails. ``face_flows.mjs`` runs every
flow and reports which passed; each flow is one test here.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import tempfile
from typing import Any, Dict, Iterator

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._tls import self_signed

CLIENT = "@azure-rest/ai-vision-face"
CLIENT_VERSION = "1.0.0-beta.3"
HERE = pathlib.Path(__file__).resolve().parent
FLOWS = [
    "detect",
    "verify",
    "findSimilar",
    "group",
    "largePersonGroup",
    "largeFaceList",
    "personGroup",
    "faceList",
    "livenessSession",
    "livenessWithVerifySession",
]


def _cache_dir() -> pathlib.Path:
    override = os.environ.get("FACE_EMULATOR_JS_CACHE")
    if override:
        return pathlib.Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "azure-ai-vision-face-tests" / f"js-face-{CLIENT_VERSION}"


def _installed(folder: pathlib.Path) -> bool:
    manifest = folder / "node_modules" / "@azure-rest" / "ai-vision-face" / "package.json"
    try:
        return bool(json.loads(manifest.read_text(encoding="utf-8")).get("version") == CLIENT_VERSION)
    except (OSError, ValueError):
        return False


def _install() -> pathlib.Path:
    """The folder holding the client's node_modules; installs it there on first use."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: the JavaScript client test needs node and npm")
    folder = _cache_dir()
    if _installed(folder):
        return folder
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no writable cache (read-only home): install for this run only
        folder = pathlib.Path(tempfile.gettempdir()) / f"azure-ai-vision-face-tests-{os.getuid() if hasattr(os, 'getuid') else 'user'}" / folder.name
        if _installed(folder):
            return folder
        folder.parent.mkdir(parents=True, exist_ok=True)
    staging = pathlib.Path(tempfile.mkdtemp(prefix="js-face-", dir=folder.parent))
    (staging / "package.json").write_text('{"name": "face-emulator-js-test", "private": true}', encoding="utf-8")
    try:
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"{CLIENT}@{CLIENT_VERSION}", "@azure/core-auth"],
            cwd=staging,
            capture_output=True,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        pytest.skip(f"npm install of {CLIENT}@{CLIENT_VERSION} timed out")
    if done.returncode != 0 or not _installed(staging):
        shutil.rmtree(staging, ignore_errors=True)
        pytest.skip(f"npm install of {CLIENT}@{CLIENT_VERSION} failed: {done.stderr.strip()[-500:]}")
    try:
        os.replace(staging, folder)  # atomic: a half-installed cache is never seen
    except OSError:  # another run installed it meanwhile
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _run_flows(emu: FaceEmulator, work: pathlib.Path, *flows: str, **env: str) -> Dict[str, Any]:
    """Run ``face_flows.mjs`` (all flows, or the named ones) against ``emu``; its report plus the requests seen."""
    folder = _install()
    script = folder / "face_flows.mjs"  # beside node_modules, so its imports resolve
    shutil.copyfile(HERE / "face_flows.mjs", script)
    images = {
        "alice1": make_face_image([FaceSpec("alice")]),
        "alice2": make_face_image([FaceSpec("alice", 100, 120, 150, 150)], format="jpeg"),
        "bob": make_face_image([FaceSpec("bob")], format="gif"),
    }
    paths = {}
    for name, data in images.items():
        paths[name] = str(work / name)
        (work / name).write_bytes(data)
    config = work / "config.json"
    config.write_text(json.dumps({"endpoint": emu.endpoint, "key": emu.key, "apiVersion": "v1.2", "images": paths}))
    done = subprocess.run(
        ["node", str(script), str(config), *flows], capture_output=True, text=True, timeout=120, env=dict(os.environ, **env)
    )
    assert done.returncode == 0, done.stderr
    report: Dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["requests"] = [(method, path) for method, path, _, _ in emu.requests]
    return report


@pytest.fixture(scope="module")
def js_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, Any]]:
    with FaceEmulator(training_seconds=0.2) as emu:
        yield _run_flows(emu, tmp_path_factory.mktemp("js"))


def test_the_script_ran_every_flow(js_run):
    assert sorted(js_run["passed"] + list(js_run["failed"])) == sorted(FLOWS)


@pytest.mark.parametrize("flow", FLOWS)
def test_js_client_flow(js_run, flow):
    assert flow in js_run["passed"], js_run["failed"].get(flow)


def test_js_client_talks_ga_and_polls_training_through_its_status(js_run):
    paths = [path for _, path in js_run["requests"]]
    assert paths and all("api-version" not in p and p.startswith("/face/v1.2/") for p in paths if p.startswith("/face/"))
    for collection in ("largepersongroups/js-lpg", "largefacelists/js-lfl", "persongroups/js-pg"):
        assert ("GET", f"/face/v1.2/{collection}/training") in js_run["requests"], collection


def test_js_client_over_https_trusting_the_emulator_certificate(tmp_path):
    """The documented https route: --tls-cert/--tls-key, and node trusts the certificate via NODE_EXTRA_CA_CERTS."""
    cert, key = self_signed(tmp_path)
    with FaceEmulator(tls_cert=cert, tls_key=key, training_seconds=0.2) as emu:
        assert emu.endpoint.startswith("https://")
        report = _run_flows(emu, tmp_path, "detect", "largePersonGroup", "livenessWithVerifySession",
                            NODE_EXTRA_CA_CERTS=cert)
    assert report["failed"] == {} and report["passed"] == ["detect", "largePersonGroup", "livenessWithVerifySession"]
