"""The socket side of the emulator: listening, connections, reading requests and writing responses.

:class:`WireServer` accepts connections and hands each parsed request to a dispatcher callable (the
emulator's), which returns a :class:`._http.Response` or :data:`._http.DROP`.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Set, Tuple, Union

from ._errors import bad_argument
from ._http import DROP, Response, error_response

MAX_BODY = 64 * 1024 * 1024

Dispatcher = Callable[[str, str, Dict[str, str], bytes], Union[Response, object]]


class WireServer(ThreadingHTTPServer):
    """A threading HTTP/1.1 server that forwards every request to ``dispatch``."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # Bursts of new connections (aiohttp opens up to 100 at once) must queue, not be reset: the default is 5.
    request_queue_size = 128

    def __init__(self, address: Tuple[str, int], dispatch: Dispatcher, log_requests: bool = False) -> None:
        self.dispatch = dispatch
        self.log_requests = log_requests
        self._connections: Set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conn_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conn_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._conn_lock:
            conns = list(self._connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AzureFaceEmulator/1.0"
    sys_version = ""
    timeout = 300
    server: WireServer  # pyright: ignore[reportIncompatibleVariableOverride]  # set by our own server class

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # pragma: no cover - not a TCP socket
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if self.server.log_requests:
            super().log_message(format, *args)

    def _read_body(self) -> Optional[bytes]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = bytearray()
            while True:
                line = self.rfile.readline(65537)
                if not line:
                    return None
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while True:  # trailers
                        trailer = self.rfile.readline(65537)
                        if trailer in (b"\r\n", b"\n", b""):
                            break
                    return bytes(chunks)
                chunks += self.rfile.read(size)
                self.rfile.readline(3)
                if len(chunks) > MAX_BODY:
                    return None
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY:
            return None
        data = self.rfile.read(length) if length else b""
        return data if len(data) == length else None

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except (ValueError, OSError):
            body = None
        if body is None:
            self.close_connection = True
            resp: Union[Response, object] = error_response(bad_argument("Request body could not be read."))
        else:
            resp = self.server.dispatch(self.command, self.path, dict(self.headers.items()), body)
        if resp is DROP:
            self.close_connection = True
            return
        assert isinstance(resp, Response)
        self.send_response(resp.status)
        headers = dict(resp.headers)
        if resp.content_type:
            headers.setdefault("Content-Type", resp.content_type)
        headers["Content-Length"] = str(len(resp.body))
        for name, value in headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        # Headers and body leave in one write: avoids Nagle/delayed-ACK stalls on keep-alive.
        buffer: List[bytes] = self._headers_buffer  # type: ignore[attr-defined]  # BaseHTTPRequestHandler's own
        buffer.append(b"\r\n")
        if self.command != "HEAD" and resp.body:
            buffer.append(resp.body)
        self.flush_headers()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle
