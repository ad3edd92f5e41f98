"""Command line: ``python -m azure.ai.vision.face.emulator [options]``.

Serves in the foreground until Ctrl-C or SIGTERM and prints exactly one line::

    Face emulator listening on http://127.0.0.1:53211 (key: emulator-key)
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import List, Optional

from ._real_engine import ENGINE_CHOICES, LANDMARK_MODELS, EngineUnavailableError, make_engine
from ._server import FaceEmulator


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m azure.ai.vision.face.emulator",
        description="Run a local emulator of the Azure AI Face service.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default 0)")
    parser.add_argument("--key", default="emulator-key", help="accepted Ocp-Apim-Subscription-Key")
    parser.add_argument("--data-dir", default=None, help="persist state in SQLite under this directory")
    parser.add_argument(
        "--bearer-token", action="append", default=[], help="accepted 'Authorization: Bearer' token (repeatable)"
    )
    parser.add_argument("--rate-limit", type=int, default=None, help="maximum calls per minute (default: off)")
    parser.add_argument("--training-seconds", type=float, default=0.2, help="duration of emulated training")
    parser.add_argument("--face-id-ttl", type=int, default=86400, help="default faceId time to live in seconds")
    parser.add_argument(
        "--engine",
        choices=ENGINE_CHOICES,
        default="auto",
        help="face engine: 'annotations' reads faces annotated into test images; 'real' analyses pixels "
        "(needs the 'engine' extra); 'auto' (default) uses the annotation when an image has one, "
        "otherwise the real engine when installed",
    )
    parser.add_argument(
        "--landmarks",
        choices=LANDMARK_MODELS,
        default="68",
        help="real engine landmark model: '68' (default; its model licence forbids commercial use) or "
        "'5' (5-point model plus a template)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        engine = make_engine(args.engine, landmark_model=args.landmarks)
    except EngineUnavailableError as exc:
        parser.error(f"--engine {args.engine}: {exc}")
    emulator = FaceEmulator(
        args.host,
        args.port,
        args.key,
        bearer_tokens=args.bearer_token,
        training_seconds=args.training_seconds,
        face_id_ttl_default=args.face_id_ttl,
        rate_limit_per_minute=args.rate_limit,
        data_dir=args.data_dir,
        engine=engine,
        log_requests=args.verbose,
    )
    stop = threading.Event()

    def _on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _on_signal)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _on_signal)
    emulator.start()
    try:
        print(f"Face emulator listening on {emulator.endpoint} (key: {emulator.key})", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
