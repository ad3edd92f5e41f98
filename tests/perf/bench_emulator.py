# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Benchmark of the Face emulator's state and server (issue 15, "Data"). A script, not a test.

Run it from the repository root::

    PYTHONPATH=$PWD python tests/perf/bench_emulator.py            # full run (about a minute on 2 cores)
    PYTHONPATH=$PWD python tests/perf/bench_emulator.py --quick    # smaller sizes, shorter rounds
    PYTHONPATH=$PWD python tests/perf/bench_emulator.py --json out.json

What it measures, each emulator running as its own process (``python -m azure.ai.vision.face.emulator``):

* add-face and detect latency (median of sequential calls on one keep-alive connection) with ``--data-dir``
  holding a large person group of 1,000 and of 50,000 persons (one face each; the state is written through
  the emulator's store, then loaded by the emulator process). Target: 50k <= 1.5 x 1k.
* detect requests per second from 32 clients (4 client processes x 8 threads, one keep-alive connection
  each), against: a raw stdlib HTTP server answering ``[]`` (the floor of this harness on this machine),
  the emulator in memory, and the emulator with ``--data-dir``. Targets: >= 1,000/s in memory and >= 500/s
  with ``--data-dir``; since the machine may be shared, the ratios to the raw floor measured in the same run
  are printed too.
"""
from __future__ import annotations

import argparse
import http.client
import http.server
import json
import multiprocessing
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from typing import Any, Dict, List, Optional, Tuple

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, REPO)

from azure.ai.vision.face.emulator import FaceEmulator  # noqa: E402
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image  # noqa: E402

KEY = "bench-key"
V = "v1.2-preview.1"
IMAGE = make_face_image([FaceSpec("bench-subject", 40, 40, 160, 160)], width=320, height=240)


# --------------------------------------------------------------------------- servers


def start_emulator(data_dir: Optional[str]) -> Tuple[subprocess.Popen, int, float]:
    """An emulator process; returns it, its port and how long it took to come up (loading included)."""
    args = [sys.executable, "-m", "azure.ai.vision.face.emulator", "--key", KEY, "--max-connections", "256"]
    if data_dir:
        args += ["--data-dir", data_dir]
    t = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": REPO})
    line = proc.stdout.readline() if proc.stdout else ""
    match = re.search(r"http://127\.0\.0\.1:(\d+) ", line)
    if not match:
        proc.kill()
        raise RuntimeError(f"emulator did not start: {line!r}")
    return proc, int(match.group(1)), time.perf_counter() - t


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(30)
    if proc.stdout:
        proc.stdout.close()


def _raw_server(port_out: Any) -> None:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            # One write, as the emulator does (separate small writes meet Nagle and delayed ACKs).
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]")

        def log_message(self, *args: Any) -> None:
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256  # 32 clients connect at once

    server = Server(("127.0.0.1", 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


# --------------------------------------------------------------------------- state


def populate(data_dir: str, persons: int) -> None:
    """A large person group of ``persons`` persons with one face each, written through the store."""
    emu = FaceEmulator(data_dir=data_dir)
    store = emu.store
    t = time.time()
    with store.lock:
        store.collections["largepersongroups"]["g"] = {
            "id": "g", "name": "g", "userData": None, "recognitionModel": "recognition_04",
            "createdDateTime": t, "persons": {}, "faces": {}, "training": None, "trained": None,
        }
        rec = store.collections["largepersongroups"]["g"]
        for i in range(persons):
            pid, fid = str(uuid.uuid4()), str(uuid.uuid4())
            rec["persons"][pid] = {"personId": pid, "name": f"p{i}", "userData": None, "persistedFaceIds": [fid]}
            rec["faces"][fid] = {
                "persistedFaceId": fid, "userData": None, "identity": f"person-{i}",
                "faceRectangle": {"top": 40, "left": 40, "width": 160, "height": 160},
                "detectionModel": "detection_01", "personId": pid,
            }
            if i % 5000 == 4999:
                store.commit()
        store.commit()
    emu.close()


# --------------------------------------------------------------------------- clients


def _post(conn: http.client.HTTPConnection, path: str, body: bytes) -> int:
    conn.request("POST", path, body=body, headers={"Ocp-Apim-Subscription-Key": KEY,
                                                   "Content-Type": "application/octet-stream"})
    resp = conn.getresponse()
    resp.read()
    return resp.status


def _timed(conn: http.client.HTTPConnection, path: str, count: int) -> List[float]:
    times = []
    for _ in range(count):
        t = time.perf_counter()
        status = _post(conn, path, IMAGE)
        times.append(time.perf_counter() - t)
        assert status == 200, status
    return times


def interleaved_latency_ratio(
    small: Tuple[int, str], large: Tuple[int, str], rounds: int, per_round: int
) -> Tuple[float, float, float]:
    """Median latency of POSTing the image to two emulators' paths, measured in alternating rounds.

    Returns (median small, median large, median of the per-round ratios large/small): alternating keeps
    a busy neighbour on the machine from favouring one side.
    """
    conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for port, _ in (small, large)]
    try:
        for conn, (_, path) in zip(conns, (small, large)):
            _timed(conn, path, 5)  # warm-up
        all_small: List[float] = []
        all_large: List[float] = []
        ratios = []
        for r in range(rounds):
            order = [0, 1] if r % 2 == 0 else [1, 0]
            got: Dict[int, List[float]] = {}
            for i in order:
                got[i] = _timed(conns[i], (small, large)[i][1], per_round)
            all_small += got[0]
            all_large += got[1]
            ratios.append(statistics.median(got[1]) / statistics.median(got[0]))
        return statistics.median(all_small), statistics.median(all_large), statistics.median(ratios)
    finally:
        for conn in conns:
            conn.close()


def _client_process(port: int, path: str, threads: int, seconds: float, ready: Any, go: Any, out: Any) -> None:
    counts = [0] * threads
    errors = [0] * threads
    conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in range(threads)]
    for conn in conns:
        conn.connect()
    ready.put(os.getpid())
    go.wait(120)
    end = time.monotonic() + seconds

    def run(i: int) -> None:
        conn = conns[i]
        try:
            while time.monotonic() < end:
                try:
                    ok = _post(conn, path, IMAGE) == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                counts[i] += ok
                errors[i] += not ok
        finally:
            conn.close()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.put((sum(counts), sum(errors)))


def throughput(port: int, path: str, seconds: float, processes: int = 4, threads: int = 8) -> Tuple[float, int]:
    """Requests per second of ``processes * threads`` keep-alive clients POSTing the image for ``seconds``.

    Every client connects first; the clock starts when all are ready.
    """
    ctx = multiprocessing.get_context("spawn")
    ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=_client_process, args=(port, path, threads, seconds, ready, go, out))
             for _ in range(processes)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    go.set()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(30)
    return sum(r[0] for r in results) / seconds, sum(r[1] for r in results)


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes and shorter rounds")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    small, large = (1_000, 10_000) if args.quick else (1_000, 50_000)
    calls = 60 if args.quick else 200
    seconds = 2.0 if args.quick else 5.0
    results: Dict[str, Any] = {}
    rows: List[Tuple[str, str, str, str]] = []

    with tempfile.TemporaryDirectory(prefix="face-emu-bench-") as tmp:
        procs: Dict[int, Tuple[subprocess.Popen, int, str]] = {}
        try:
            for persons in (small, large):
                data_dir = os.path.join(tmp, f"p{persons}")
                t = time.perf_counter()
                populate(data_dir, persons)
                fill = time.perf_counter() - t
                proc, port, startup = start_emulator(data_dir)
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", f"/face/{V}/largepersongroups/g/persons?top=1",
                             headers={"Ocp-Apim-Subscription-Key": KEY})
                pid = json.loads(conn.getresponse().read())[0]["personId"]
                conn.close()
                procs[persons] = (proc, port, pid)
                results[f"persons_{persons}"] = {"populate_s": fill, "startup_s": startup}
                print(f"{persons:>6} persons: populated in {fill:.1f} s, emulator up (loaded) in {startup:.2f} s",
                      flush=True)
            rounds = 6 if args.quick else 10
            for what in ("add_face", "detect"):
                ends = []
                for persons in (small, large):
                    _, port, pid = procs[persons]
                    path = (f"/face/{V}/largepersongroups/g/persons/{pid}/persistedfaces" if what == "add_face"
                            else f"/face/{V}/detect")
                    ends.append((port, path))
                per_round = 20 if what == "add_face" else calls // rounds * 2  # a person holds 248 faces
                lo, hi, ratio = interleaved_latency_ratio(ends[0], ends[1], rounds, per_round)
                results[f"{what}_ms"] = {str(small): lo * 1000, str(large): hi * 1000}
                results[f"{what}_ratio"] = ratio
                print(f"{what}: {lo * 1000:.2f} ms at {small:,} persons, {hi * 1000:.2f} ms at {large:,} "
                      f"(median of per-round ratios {ratio:.2f})", flush=True)
                rows.append((f"{what} latency {large // 1000}k / {small // 1000}k persons (--data-dir)",
                             f"{ratio:.2f}x", "<= 1.5x", "PASS" if ratio <= 1.5 else "FAIL"))
        finally:
            for proc, _, _ in procs.values():
                stop(proc)

        ctx = multiprocessing.get_context("spawn")
        port_q = ctx.Queue()
        raw = ctx.Process(target=_raw_server, args=(port_q,), daemon=True)
        raw.start()
        raw_port = port_q.get(timeout=30)
        try:
            floor, _ = throughput(raw_port, f"/face/{V}/detect", seconds)
        finally:
            raw.terminate()
            raw.join(10)
        proc, port, _ = start_emulator(None)
        try:
            memory, mem_errors = throughput(port, f"/face/{V}/detect", seconds)
        finally:
            stop(proc)
        proc, port, _ = start_emulator(os.path.join(tmp, "rps"))
        try:
            disk, disk_errors = throughput(port, f"/face/{V}/detect", seconds)
        finally:
            stop(proc)
        results.update({"rps_raw_floor": floor, "rps_memory": memory, "rps_data_dir": disk,
                        "errors_memory": mem_errors, "errors_data_dir": disk_errors})
        print(f"detect, 32 clients: raw floor {floor:.0f}/s, in memory {memory:.0f}/s ({mem_errors} errors), "
              f"--data-dir {disk:.0f}/s ({disk_errors} errors)", flush=True)
        rows.append(("detect/s, 32 clients, in memory", f"{memory:.0f}", ">= 1000", "PASS" if memory >= 1000 else "FAIL"))
        rows.append(("detect/s, 32 clients, --data-dir", f"{disk:.0f}", ">= 500", "PASS" if disk >= 500 else "FAIL"))
        rows.append(("  in memory / raw HTTP floor", f"{memory / floor:.2f}", "(info)", ""))
        rows.append(("  --data-dir / raw HTTP floor", f"{disk / floor:.2f}", "(info)", ""))
        rows.append(("  --data-dir / in memory", f"{disk / memory:.2f}", "(info)", ""))

    width = max(len(r[0]) for r in rows)
    print()
    for name, value, target, verdict in rows:
        print(f"{name:<{width}}  {value:>8}  {target:>8}  {verdict}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
