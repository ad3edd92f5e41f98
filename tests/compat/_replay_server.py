"""A loopback HTTP server that answers with recorded responses, in order, and keeps each request as it arrived."""
from __future__ import annotations

import base64
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List


class ReplayServer(ThreadingHTTPServer):
    """``load(answers)`` before each case; ``requests`` then holds ``(method, target, headers, body)`` per request."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: List[Dict[str, Any]] = []
        self.requests: List[Dict[str, Any]] = []
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return "http://127.0.0.1:{}".format(self.server_address[1])

    def load(self, answers: List[Dict[str, Any]], recorded_endpoint: str) -> None:
        """Queue ``answers`` (recorded responses); URLs of the recording server in headers point here instead."""
        with self.lock:
            self.requests = []
            self.answers = [dict(a, headers={k: v.replace(recorded_endpoint, self.endpoint)
                                             for k, v in a["headers"].items()}) for a in answers]

    def __enter__(self) -> "ReplayServer":
        self._thread.start()
        return self

    def __exit__(self, *args: Any) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ReplayServer

    def log_message(self, *args: Any) -> None:
        pass

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        body = self._body()
        with self.server.lock:
            self.server.requests.append({"method": self.command, "target": self.path,
                                         "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            answer = self.server.answers.pop(0) if self.server.answers else None
        if answer is None:
            status, headers, data = 599, {}, b"no recorded answer left"
        else:
            status, headers, data = answer["status"], answer["headers"], base64.b64decode(answer["body"])
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle
