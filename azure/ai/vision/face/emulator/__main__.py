"""Command line: ``python -m azure.ai.vision.face.emulator [options]``.

Serves in the foreground until Ctrl-C or SIGTERM and prints exactly one line::

    Face emulator listening on http://127.0.0.1:53211 (key: emulator-key)

``python -m azure.ai.vision.face.emulator annotate IN OUT --face ...`` annotates an image instead (see
:func:`.images.main`).
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
import threading
from typing import List, Optional

from . import images
from ._real_engine import ENGINE_CHOICES, LANDMARK_MODELS, EngineUnavailableError, make_engine
from ._http import MAX_MULTIPART_PARTS
from ._server import CONTROL_ROUTES_HELP, REQUEST_LOG_BYTES, REQUEST_LOG_ENTRIES, FaceEmulator
from ._store import DEFAULT_MAX_FACE_IDS, DataDirInUse
from ._wire import DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS, DEFAULT_REQUEST_TIMEOUT, MAX_BODY
from .images import MAX_ANNOTATED_FACES


def _finite_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds, 0 or more (got {text!r})")
    return value


def _positive_seconds(text: str) -> float:
    value = _finite_seconds(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds (got {text!r})")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (got {text!r})")
    return value


def _credential(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Shows the default of every option whose help does not already name it; keeps the epilog's line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if default is not None and default is not False and default != [] and default != argparse.SUPPRESS:
            if "default" not in text:
                text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m azure.ai.vision.face.emulator",
        description="Run a local emulator of the Azure AI Face service (API versions v1.0, v1.1-preview.1, "
        "v1.2-preview.1 and v1.2).",
        formatter_class=_HelpFormatter,
        epilog=(
            "test-control routes (same key header as the API):\n"
            + CONTROL_ROUTES_HELP.replace("``", "")
            + "\n\nannotate an existing image instead of serving:\n"
            "  python -m azure.ai.vision.face.emulator annotate IN OUT --face NAME[@LEFT,TOP,WIDTH,HEIGHT] ...\n"
            "  (python -m azure.ai.vision.face.emulator annotate --help for details)\n\n"
            "bounds (the emulator's own, so abuse cannot exhaust it):\n"
            f"  request bodies     at most {MAX_BODY // (1024 * 1024)} MB; checked before they are read\n"
            f"  multipart parts    at most {MAX_MULTIPART_PARTS} per request\n"
            f"  faces per image    at most {MAX_ANNOTATED_FACES} read from an image's annotation\n"
            f"  request log        last {REQUEST_LOG_ENTRIES} /face/ requests, bodies up to "
            f"{REQUEST_LOG_BYTES // (1024 * 1024)} MB in all\n"
            "  faceIds            --max-face-ids live at once; beyond it the soonest to expire go first\n"
            "  fault patterns     substrings with * wildcards, at most 256 characters\n"
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default 0)")
    parser.add_argument(
        "--key", type=_credential, default="emulator-key",
        help="accepted Ocp-Apim-Subscription-Key; not empty (default emulator-key)",
    )
    parser.add_argument(
        "--data-dir", default=None,
        help="persist state in SQLite under this directory (one emulator per directory; default: in memory)",
    )
    parser.add_argument(
        "--bearer-token", type=_credential, action="append", default=[],
        help="accepted 'Authorization: Bearer' token (repeatable; not empty)",
    )
    parser.add_argument("--rate-limit", type=int, default=None, help="maximum calls per minute (default: off)")
    parser.add_argument(
        "--training-seconds", type=_finite_seconds, default=0.2,
        help="duration of emulated training, finite and >= 0 (default 0.2)",
    )
    parser.add_argument("--face-id-ttl", type=int, default=86400, help="default faceId time to live in seconds (default 86400)")
    parser.add_argument(
        "--max-face-ids", type=_positive_int, default=DEFAULT_MAX_FACE_IDS,
        help=f"live faceIds kept at once (about 1 KB each; about 1.7 KB with the real engine's embedding); beyond it the soonest to expire are dropped first "
        f"(default {DEFAULT_MAX_FACE_IDS})",
    )
    parser.add_argument(
        "--max-connections", type=_positive_int, default=DEFAULT_MAX_CONNECTIONS,
        help=f"connections served at once; more wait in the listen backlog (default {DEFAULT_MAX_CONNECTIONS})",
    )
    parser.add_argument(
        "--idle-timeout", type=_positive_seconds, default=DEFAULT_IDLE_TIMEOUT,
        help=f"seconds a connection may wait for its next request (fixed, not renewed by incoming bytes; "
        f"default {DEFAULT_IDLE_TIMEOUT:g})",
    )
    parser.add_argument(
        "--request-timeout", type=_positive_seconds, default=DEFAULT_REQUEST_TIMEOUT,
        help=f"seconds a request may take to arrive whole once started, and its answer to be taken "
        f"(fixed; default {DEFAULT_REQUEST_TIMEOUT:g})",
    )
    parser.add_argument("--tls-cert", default=None, help="PEM certificate: serve https (with --tls-key)")
    parser.add_argument("--tls-key", default=None, help="PEM private key of --tls-cert")
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
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["annotate"]:
        return images.main(arguments[1:])
    parser = build_parser()
    args = parser.parse_args(arguments)
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    try:
        engine = make_engine(args.engine, landmark_model=args.landmarks)
    except EngineUnavailableError as exc:
        parser.error(f"--engine {args.engine}: {exc}")
    try:
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
            max_face_ids=args.max_face_ids,
            max_connections=args.max_connections,
            idle_timeout=args.idle_timeout,
            request_timeout=args.request_timeout,
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
        )
    except DataDirInUse as exc:
        parser.exit(2, f"{parser.prog}: error: {exc}\n")
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
