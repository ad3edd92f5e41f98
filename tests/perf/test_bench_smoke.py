# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Keeps tests/perf/bench.py working: its correctness check (not its timings), run in-process."""
import importlib.util
import sys
import threading
from pathlib import Path

BENCH_PATH = Path(__file__).with_name("bench.py")


def _load_bench():
    spec = importlib.util.spec_from_file_location("face_perf_bench", BENCH_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_bench_correctness_check_passes_against_its_server():
    bench = _load_bench()
    # bench runs its async half with asyncio.run(); do that in a thread of its own so this test's thread keeps no
    # event loop behind (Python 3.9 would create one implicitly later and never close it)
    errors = []

    def check(endpoint):
        try:
            bench.check_correctness(endpoint)
        except BaseException as exc:  # pylint: disable=broad-except  # re-raised below, in the test's thread
            errors.append(exc)

    with bench.Server(separate_process=False) as server:
        worker = threading.Thread(target=check, args=(server.endpoint,))
        worker.start()
        worker.join(120)
    assert not worker.is_alive()
    if errors:
        raise errors[0]


def test_bench_payloads_are_deterministic_and_complete():
    bench = _load_bench()
    assert bench.detect_payload() == bench.detect_payload()
    faces = bench.detect_payload()
    assert len(faces) == 100
    assert set(faces[0]["faceLandmarks"]) == set(bench.LANDMARKS) and len(bench.LANDMARKS) == 27
    assert set(faces[0]["faceAttributes"]) == set(bench.ALL_ATTRIBUTES)
    assert len(bench.persons_payload()) == 1000
    out = []
    bench.read_face_dict(faces[0], out)
    assert len(out) > 80
