"""The real-photo sample and the engine benchmark run (offline) and say what they did."""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

from tests.engine import ENGINE

pytestmark = ENGINE

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: pathlib.Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env = {k: v for k, v in env.items() if not k.startswith(("FACE_ENDPOINT", "FACE_APIKEY"))}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_sample_draws_the_faces_and_verifies_same_and_different_people(tmp_path):
    from PIL import Image

    output = tmp_path / "faces.png"
    proc = _run(str(ROOT / "samples" / "engine_real_photos.py"), "--output", str(output), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Found 1 face(s)" in proc.stdout
    assert re.search(r"Verify against same person: isIdentical=True confidence=0\.9\d\d", proc.stdout)
    assert re.search(r"Verify against someone else: isIdentical=False confidence=0\.[0-4]", proc.stdout)
    with Image.open(output) as drawn:
        assert drawn.format == "PNG" and drawn.size == (218, 256)  # the size of grace_hopper.jpg
        rgb = drawn.convert("RGB")
        colours = {rgb.getpixel((x, y)) for x in range(rgb.width) for y in range(rgb.height)}
    assert (0, 220, 0) in colours and (255, 40, 40) in colours  # a rectangle and landmarks were drawn


def test_benchmark_reports_both_sizes_and_two_client_throughput(tmp_path):
    out = tmp_path / "bench.json"
    proc = _run(str(ROOT / "tests" / "perf" / "engine_bench.py"), "--rounds", "1", "--json", str(out), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert set(results["per_image"]) == {"640x480", "1920x1080"}
    assert set(results["throughput"]) == {"1 client", "2 clients"}
    assert all(row["median"] > 0 for row in results["per_image"].values())
    assert "target: 1920x1080 median <= 0.6 s:" in proc.stdout


def test_cli_engine_real_landmarks_5_detects_a_photo_with_27_landmarks():
    import http.client

    proc = subprocess.Popen(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--engine", "real", "--landmarks", "5"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        match = re.match(r"^Face emulator listening on http://127\.0\.0\.1:(\d+) \(key: (.+)\)$", proc.stdout.readline().strip())
        assert match, proc.stderr.read() if proc.stderr else ""
        conn = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=60)
        conn.request(
            "POST", "/face/v1.2/detect?returnFaceLandmarks=true&returnFaceId=false",
            body=(ROOT / "tests" / "engine" / "photos" / "grace_hopper.jpg").read_bytes(),
            headers={"Ocp-Apim-Subscription-Key": match.group(2), "Content-Type": "application/octet-stream"},
        )
        response = conn.getresponse()
        faces = json.loads(response.read())
        conn.close()
        assert response.status == 200 and len(faces) == 1
        assert len(faces[0]["faceLandmarks"]) == 27
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
