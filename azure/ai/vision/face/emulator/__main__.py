"""Command line: ``python -m azure.ai.vision.face.emulator [options]``.

Serves in the foreground until Ctrl-C or SIGTERM and prints exactly one line::

    Face emulator listening on http://127.0.0.1:53211 (key: emulator-key)

``python -m azure.ai.vision.face.emulator annotate IN OUT --face ...`` annotates an image instead (see
:func:`.images.main`).
"""

from __future__ import annotations

import argparse
import inspect
import signal
import sys
import threading
from typing import Any, Dict, List, Optional

from . import images
from ._server import CONTROL_ROUTES_HELP, FaceEmulator

_DEFAULTS: Dict[str, Any] = {n: p.default for n, p in inspect.signature(FaceEmulator).parameters.items()}


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Shows the default of every option that has one and keeps the epilog's line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if default is not None and default is not False and default != [] and default != argparse.SUPPRESS and "default" not in text:
            text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m azure.ai.vision.face.emulator",
        description="Run a local emulator of the Azure AI Face service (API versions v1.0, v1.1-preview.1, "
        "v1.2-preview.1 and v1.2).",
        epilog="test-control routes (same key header as the API):\n"
        + CONTROL_ROUTES_HELP.replace("``", "")
        + "\n\nannotate an existing image instead of serving:\n"
        "  python -m azure.ai.vision.face.emulator annotate IN OUT --face NAME[@LEFT,TOP,WIDTH,HEIGHT] ...\n"
        "  (python -m azure.ai.vision.face.emulator annotate --help for details)",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--host", default=_DEFAULTS["host"], help="interface to bind")
    parser.add_argument("--port", type=int, default=_DEFAULTS["port"], help="port to bind; 0 picks a free one")
    parser.add_argument("--key", default=_DEFAULTS["key"], help="accepted Ocp-Apim-Subscription-Key")
    parser.add_argument("--data-dir", default=None, help="persist state in SQLite under this directory (default: memory only)")
    parser.add_argument(
        "--bearer-token", action="append", default=[], help="accepted 'Authorization: Bearer' token (repeatable)"
    )
    parser.add_argument("--rate-limit", type=int, default=None, help="maximum calls per minute (default: no limit)")
    parser.add_argument(
        "--training-seconds", type=float, default=_DEFAULTS["training_seconds"], help="duration of emulated training"
    )
    parser.add_argument(
        "--face-id-ttl", type=int, default=_DEFAULTS["face_id_ttl_default"], help="faceId lifetime in seconds when the call names none"
    )
    parser.add_argument("--tls-cert", default=None, help="PEM certificate: serve https (with --tls-key)")
    parser.add_argument("--tls-key", default=None, help="PEM private key of --tls-cert")
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
    emulator = FaceEmulator(
        args.host,
        args.port,
        args.key,
        bearer_tokens=args.bearer_token,
        training_seconds=args.training_seconds,
        face_id_ttl_default=args.face_id_ttl,
        rate_limit_per_minute=args.rate_limit,
        data_dir=args.data_dir,
        log_requests=args.verbose,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
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
