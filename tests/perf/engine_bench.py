# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Benchmark of the emulator's real face engine (issue 17): per-image time and throughput.

Needs the ``engine`` extra. Run it from the repository root::

    python tests/perf/engine_bench.py            # 7 rounds per size
    python tests/perf/engine_bench.py --quick    # 2 rounds: a smoke run
    python tests/perf/engine_bench.py --json out.json

Images: the Grace Hopper test photo (one face) pasted, enlarged, onto a 640x480 and a 1920x1080 grey canvas
and saved as JPEG (quality 90); the face is about 140 px and 320 px wide. Every request is a full
``detect`` through the SDK against a local emulator (``--engine real``): faceId with ``recognition_04``,
the 27 landmarks and the attributes the engine measures, so the time includes decoding, HOG detection on
the image resized to at most 960 px, landmarks, the 128-d embedding and the attribute statistics.

Reported: the median and the fastest per-image time for each size (after one warm-up request that loads the
models), the engine alone (no HTTP, rounds interleaved with the HTTP ones) for comparison, and the throughput (images per second) of one client and
of two concurrent clients sending 1920x1080 images. Target: at most 0.6 s per 1080p photo with one face on the
project's 2-core machine. Timings are noisy on a shared machine; the exit status is 0 unless an image fails
to yield exactly one face.
"""
import argparse
import io
import json
import pathlib
import statistics
import sys
import threading
import time
from typing import Any, Callable, Dict, List

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from azure.core.credentials import AzureKeyCredential  # noqa: E402

from azure.ai.vision.face import FaceClient  # noqa: E402
from azure.ai.vision.face.emulator import RealFaceEngine, run_emulator  # noqa: E402

PHOTO = ROOT / "tests" / "engine" / "photos" / "grace_hopper.jpg"
SIZES = {"640x480": (640, 480), "1920x1080": (1920, 1080)}
TARGET_1080P_SECONDS = 0.6
DETECT: Dict[str, Any] = dict(
    detection_model="detection_01",
    recognition_model="recognition_04",
    return_face_id=True,
    return_face_landmarks=True,
    return_face_attributes=["headPose", "blur", "exposure", "noise", "qualityForRecognition"],
)


def make_image(width: int, height: int) -> bytes:
    """One face: the test photo scaled to 85% of the canvas height, centred on grey, as JPEG."""
    from PIL import Image

    with Image.open(PHOTO) as photo:
        portrait = photo.convert("RGB")
    scale = 0.85 * height / portrait.height
    portrait = portrait.resize((round(portrait.width * scale), round(portrait.height * scale)), Image.LANCZOS)
    canvas = Image.new("RGB", (width, height), (118, 118, 118))
    canvas.paste(portrait, ((width - portrait.width) // 2, (height - portrait.height) // 2))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=90)
    return out.getvalue()


def timed(call: Callable[[], int], rounds: int) -> List[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        found = call()
        times.append(time.perf_counter() - start)
        if found != 1:
            raise SystemExit("expected exactly one face, found {}".format(found))
    return times


def throughput(endpoint: str, key: str, image: bytes, clients: int, per_client: int) -> float:
    """Images per second when ``clients`` threads each send ``per_client`` detect requests."""
    errors: List[BaseException] = []

    def worker() -> None:
        try:
            with FaceClient(endpoint, AzureKeyCredential(key)) as client:
                for _ in range(per_client):
                    if len(client.detect(image, **DETECT)) != 1:
                        raise AssertionError("expected one face")
        except BaseException as exc:  # reported below, after the threads finish
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise SystemExit("a client failed: {!r}".format(errors[0]))
    return clients * per_client / elapsed


def run(rounds: int) -> Dict[str, Any]:
    images = {name: make_image(*size) for name, size in SIZES.items()}
    engine = RealFaceEngine()
    results: Dict[str, Any] = {"rounds": rounds, "per_image": {}, "engine_only": {}, "throughput": {}}
    with run_emulator(engine=engine) as emu:
        with FaceClient(emu.endpoint, AzureKeyCredential(emu.key)) as client:
            client.detect(images["640x480"], **DETECT)  # warm-up: loads the models
            for name, image in images.items():
                http: List[float] = []
                alone: List[float] = []
                for _ in range(rounds):  # interleaved, so that load from elsewhere hits both alike
                    http += timed(lambda: len(client.detect(image, **DETECT)), 1)
                    alone += timed(lambda: len(engine.detect_for_model(image, "detection_01")), 1)
                results["per_image"][name] = {"median": statistics.median(http), "min": min(http)}
                results["engine_only"][name] = {"median": statistics.median(alone), "min": min(alone)}
        big = images["1920x1080"]
        per_client = max(2, rounds)
        results["throughput"]["1 client"] = throughput(emu.endpoint, emu.key, big, 1, per_client)
        results["throughput"]["2 clients"] = throughput(emu.endpoint, emu.key, big, 2, per_client)
    results["target_1080p_seconds"] = TARGET_1080P_SECONDS
    results["target_met"] = results["per_image"]["1920x1080"]["median"] <= TARGET_1080P_SECONDS
    return results


def report(results: Dict[str, Any]) -> str:
    lines = ["Real face engine benchmark ({} rounds; seconds per image, detect through the SDK)".format(
        results["rounds"])]
    lines.append("{:<12} {:>8} {:>8} {:>14}".format("size", "median", "min", "engine median"))
    for name, row in results["per_image"].items():
        lines.append("{:<12} {:>8.3f} {:>8.3f} {:>14.3f}".format(
            name, row["median"], row["min"], results["engine_only"][name]["median"]))
    for label, value in results["throughput"].items():
        lines.append("throughput 1920x1080, {}: {:.2f} images/s".format(label, value))
    lines.append("target: 1920x1080 median <= {:.1f} s: {}".format(
        results["target_1080p_seconds"], "PASS" if results["target_met"] else "FAIL"))
    return "\n".join(lines)


def main(argv: Any = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the emulator's real face engine.")
    parser.add_argument("--quick", action="store_true", help="2 rounds instead of 7")
    parser.add_argument("--rounds", type=int, default=None, help="rounds per size (default 7)")
    parser.add_argument("--json", default=None, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    rounds = args.rounds or (2 if args.quick else 7)
    results = run(rounds)
    print(report(results))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
