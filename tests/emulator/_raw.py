"""Raw-socket helpers for the emulator's hardening tests (loopback only, every wait bounded)."""

from __future__ import annotations

import http.client
import http.server
import json
import socket
import threading
from typing import Any, Dict, Iterator, List, Optional, Tuple

import contextlib


def send_raw(port: int, data: bytes, timeout: float = 10.0) -> Tuple[int, Dict[str, str], bytes]:
    """Send ``data`` as-is on a new connection; the answer's status, headers and body."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        sock.sendall(data)
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        sock.close()


def head(method: str, path: str, headers: Dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def face_error(body: bytes) -> Tuple[str, str]:
    doc = json.loads(body)
    assert set(doc) == {"error"} and set(doc["error"]) == {"code", "message"}, doc
    return doc["error"]["code"], doc["error"]["message"]


class Gate:
    """A loopback image server whose downloads wait until :meth:`open` (or redirect, when asked)."""

    def __init__(self, payload: bytes, redirect_to: Optional[str] = None) -> None:
        self.payload = payload
        self.redirect_to = redirect_to
        self.opened = threading.Event()
        self.arrived = threading.Semaphore(0)
        self.hits: List[str] = []
        gate = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                gate.hits.append(self.path)
                if gate.redirect_to is not None:
                    self.send_response(302)
                    self.send_header("Location", gate.redirect_to)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                gate.arrived.release()
                gate.opened.wait(20)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(gate.payload)))
                self.end_headers()
                self.wfile.write(gate.payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/image.png"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def open(self) -> None:
        self.opened.set()

    def wait_arrivals(self, count: int) -> None:
        for _ in range(count):
            assert self.arrived.acquire(timeout=10), "the emulator never started the download"


@contextlib.contextmanager
def gate(payload: bytes, redirect_to: Optional[str] = None) -> Iterator[Gate]:
    g = Gate(payload, redirect_to)
    g._thread.start()
    try:
        yield g
    finally:
        g.open()
        g.server.shutdown()
        g.server.server_close()


def in_thread(fn: Any, *args: Any) -> Tuple[threading.Thread, List[Any]]:
    """Run ``fn(*args)`` on a thread; the list receives its result."""
    out: List[Any] = []
    thread = threading.Thread(target=lambda: out.append(fn(*args)), daemon=True)
    thread.start()
    return thread, out
