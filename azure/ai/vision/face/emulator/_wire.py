"""The socket side of the emulator: listening, connections, reading requests and writing responses.

:class:`WireServer` accepts at most ``max_connections`` connections at once (more wait in the listen backlog
until one closes) and serves each on its own thread.  Every wait has a fixed deadline that incoming bytes do
not extend: a connection may sit idle between requests for ``idle_timeout`` seconds, and a request, once
its first byte arrived, must be complete within ``request_timeout`` seconds (the response, too, must be
taken within that time).  Bodies are limited to :data:`MAX_BODY` bytes, checked before they are read.

With ``ssl_context`` every connection is wrapped in TLS (the handshake, too, must end within
``request_timeout``).

For each request the server asks the application twice: :meth:`WireApp.admit` with the head only (it may
refuse, e.g. a missing key, and then the body is never kept), then :meth:`WireApp.dispatch` with the body.
Protocol errors (malformed request line, headers too long, unsupported method) are answered in the Face
error shape too.
"""

from __future__ import annotations

import io
import json
import re
import select
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, List, Optional, Protocol, Set, Tuple, Union, cast

from ._errors import FaceServiceError, error_document
from ._http import DROP, JSON_CONTENT_TYPE, Response, error_response

MAX_BODY = 64 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 128
DEFAULT_IDLE_TIMEOUT = 30.0
DEFAULT_REQUEST_TIMEOUT = 30.0
# A refused request's body is read and thrown away up to this size so the client sees the answer; beyond
# it the connection is closed after the answer.
_DRAIN_LIMIT = 1024 * 1024
_CHUNK_SIZE_RE = re.compile(rb"^[0-9A-Fa-f]{1,8}$")  # at most 0xffffffff, far beyond MAX_BODY
_LENGTH_RE = re.compile(r"^[0-9]{1,19}$")


class WireApp(Protocol):
    """What the wire server asks of the application."""

    def admit(self, method: str, target: str, headers: Dict[str, str]) -> Optional[Response]:
        """An answer that refuses the request from its head alone, or None to go on and read the body."""

    def dispatch(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> Union[Response, object]:
        """The answer to a whole request (or :data:`._http.DROP` to close without one)."""


class _BodyError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _DeadlineReader(io.RawIOBase):
    """Raw socket input where every read waits at most until a fixed :attr:`deadline`."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self._sock = sock
        self.deadline = time.monotonic() + DEFAULT_IDLE_TIMEOUT

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("deadline passed")
        self._sock.settimeout(remaining)
        return self._sock.recv_into(buffer)


class _SocketWriter(io.BufferedIOBase):
    """Unbuffered socket output where every write sends all its bytes."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self._sock = sock

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._sock.sendall(data)
        return len(data)


class WireServer:
    """A threading HTTP/1.1 server with a connection cap and fixed deadlines (see the module docstring)."""

    def __init__(
        self,
        address: Tuple[str, int],
        app: WireApp,
        *,
        log_requests: bool = False,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        ssl_context: Optional[ssl.SSLContext] = None,
    ) -> None:
        self.app = app
        self.ssl_context = ssl_context
        self.log_requests = log_requests
        self.idle_timeout = float(idle_timeout)
        self.request_timeout = float(request_timeout)
        self._slots = threading.BoundedSemaphore(max_connections)
        self._connections: Set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        host, port = address
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_REUSEADDR") and not hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
                self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.socket.bind((host.strip("[]"), port))
            # Bursts of new connections (aiohttp opens up to 100 at once) must queue, not be reset.
            self.socket.listen(max(128, max_connections))
        except OSError:
            self.socket.close()
            raise
        self.server_address: Tuple[Any, ...] = self.socket.getsockname()

    # ------------------------------------------------------------------ accept loop

    def serve_forever(self) -> None:
        """Accept connections until :meth:`shutdown`; never more than ``max_connections`` at once."""
        try:
            while not self._stopping.is_set():
                if not self._slots.acquire(timeout=0.05):
                    continue  # at the cap: leave newcomers in the backlog until a connection ends
                try:
                    ready, _, _ = select.select([self.socket], [], [], 0.05)
                    if not ready:
                        self._slots.release()
                        continue
                    conn, addr = self.socket.accept()
                except OSError:
                    self._slots.release()
                    if self._stopping.is_set():
                        break
                    time.sleep(0.05)  # e.g. out of file descriptors: back off instead of spinning
                    continue
                with self._conn_lock:
                    self._connections.add(conn)
                thread = threading.Thread(target=self._serve_connection, args=(conn, addr), daemon=True)
                try:
                    thread.start()
                except RuntimeError:  # pragma: no cover - cannot start a thread
                    self._forget(conn)
        finally:
            self._stopped.set()

    def _serve_connection(self, conn: socket.socket, addr: Any) -> None:
        sock = conn
        try:
            if self.ssl_context is not None:
                sock = self._tls(conn)
            _RequestHandler(sock, addr, cast(Any, self))  # the handler only reads our own attributes
        except OSError:  # the client went away, or its TLS handshake failed; other connections carry on
            pass
        finally:
            self._forget(sock)

    def _tls(self, conn: socket.socket) -> socket.socket:
        """Wrap an accepted connection in TLS; the handshake must end within ``request_timeout``."""
        assert self.ssl_context is not None
        conn.settimeout(self.request_timeout)
        watchdog = threading.Timer(self.request_timeout, _cut, (conn,))  # a fixed deadline, whatever trickles in
        watchdog.start()
        try:
            tls = self.ssl_context.wrap_socket(conn, server_side=True)
        finally:
            watchdog.cancel()
        with self._conn_lock:
            self._connections.discard(conn)
            self._connections.add(tls)
        return tls

    def _forget(self, conn: socket.socket) -> None:
        with self._conn_lock:
            self._connections.discard(conn)
        try:
            conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        conn.close()
        self._slots.release()

    def shutdown(self) -> None:
        """Stop accepting (returns once the accept loop ended)."""
        self._stopping.set()
        self._stopped.wait(5)

    def close_connections(self) -> None:
        """Cut every open connection (their threads end on their own)."""
        with self._conn_lock:
            conns = list(self._connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def server_close(self) -> None:
        self.socket.close()

    @property
    def open_connections(self) -> int:
        with self._conn_lock:
            return len(self._connections)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AzureFaceEmulator/1.0"
    sys_version = ""
    server: WireServer  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]

    def setup(self) -> None:
        sock: socket.socket = self.request
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # pragma: no cover - not a TCP socket
            pass
        self.connection = sock
        self._reader = _DeadlineReader(sock)
        self._input = io.BufferedReader(self._reader, 65536)
        self.rfile = self._input
        self.wfile = _SocketWriter(sock)
        self._refusal: Optional[Response] = None

    def finish(self) -> None:
        try:
            self.wfile.flush()
        except OSError:
            pass
        self.rfile.close()

    def handle(self) -> None:
        self.close_connection = True
        self._serve_one()
        while not self.close_connection:
            self._serve_one()

    def _serve_one(self) -> None:
        self.close_connection = True
        self._refusal = None
        self._reader.deadline = time.monotonic() + self.server.idle_timeout
        try:
            if not self._input.peek(1):
                return  # the client closed the connection
        except OSError:  # idle too long (socket.timeout) or reset
            return
        self._reader.deadline = time.monotonic() + self.server.request_timeout
        self.handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if self.server.log_requests:
            super().log_message(format, *args)

    # ------------------------------------------------------------------ protocol errors, Face-shaped

    def send_error(self, code: int, message: Optional[str] = None, explain: Optional[str] = None) -> None:
        short, _ = self.responses.get(code, ("Error", ""))
        text = message or short
        self.log_error("code %d, message %s", code, text)
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1."):
            self.request_version = "HTTP/1.1"  # answer with a status line even to a garbled request line
        self.close_connection = True
        status = int(code)  # an HTTPStatus, whose str() is its name before Python 3.11
        self._send(Response(status, _error_body(str(status), text), JSON_CONTENT_TYPE, {"x-ms-error-code": str(status)}))

    def handle_expect_100(self) -> bool:
        # Refuse from the head (e.g. a missing key) before the client sends the body.
        self._refusal = self.server.app.admit(self.command, self.path, dict(self.headers.items()))
        if self._refusal is None:
            return super().handle_expect_100()
        return True

    # ------------------------------------------------------------------ bodies

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        raw = (self.headers.get("Content-Length") or "0").strip()
        if not _LENGTH_RE.match(raw):
            raise _BodyError(400, "BadArgument", "Invalid Content-Length header.")
        length = int(raw)
        if length > MAX_BODY:
            raise _BodyError(413, "BadArgument", f"Request body is too large: the limit is {MAX_BODY} bytes.")
        data = self.rfile.read(length) if length else b""
        if len(data) != length:
            raise _BodyError(400, "BadArgument", "Request body is shorter than its Content-Length.")
        return data

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            line = self.rfile.readline(1026)
            if not line.endswith(b"\n"):
                raise _BodyError(400, "BadArgument", "Malformed chunked body.")
            size_text = line.split(b";", 1)[0].strip()
            if not _CHUNK_SIZE_RE.match(size_text):
                raise _BodyError(400, "BadArgument", "Malformed chunk size in a chunked body.")
            size = int(size_text, 16)
            if size == 0:
                for _ in range(100):  # trailers
                    trailer = self.rfile.readline(65537)
                    if trailer in (b"\r\n", b"\n", b""):
                        return bytes(body)
                raise _BodyError(400, "BadArgument", "Too many trailers in a chunked body.")
            if len(body) + size > MAX_BODY:
                raise _BodyError(413, "BadArgument", f"Request body is too large: the limit is {MAX_BODY} bytes.")
            chunk = self.rfile.read(size)
            if len(chunk) != size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise _BodyError(400, "BadArgument", "Malformed chunked body.")
            body += chunk

    def _drain(self) -> None:
        """Throw away a refused request's body (when small) so the connection can go on; else close it."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            return
        raw = (self.headers.get("Content-Length") or "0").strip()
        if not _LENGTH_RE.match(raw) or int(raw) > _DRAIN_LIMIT:
            self.close_connection = True
            return
        left = int(raw)
        while left > 0:
            chunk = self.rfile.read(min(left, 65536))
            if not chunk:
                self.close_connection = True
                return
            left -= len(chunk)

    # ------------------------------------------------------------------ requests

    def _handle(self) -> None:
        headers = dict(self.headers.items())
        resp: Union[Response, object, None] = self._refusal
        if resp is not None:
            self.close_connection = True  # refused before "100 Continue": the body never comes
        elif self.headers.get("Expect", "").lower() != "100-continue":
            resp = self.server.app.admit(self.command, self.path, headers)
            if resp is not None:
                try:
                    self._drain()
                except OSError:
                    self.close_connection = True
        if resp is None:
            try:
                body = self._read_body()
            except _BodyError as err:
                self.close_connection = True
                resp = error_response(FaceServiceError(err.status, err.code, err.message))
            except OSError:  # the deadline passed or the client went away mid-body
                self.close_connection = True
                return
            else:
                resp = self.server.app.dispatch(self.command, self.path, headers, body)
        if resp is DROP:
            self.close_connection = True
            return
        assert isinstance(resp, Response)
        self._send(resp)

    def _send(self, resp: Response) -> None:
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
        # The answer must be taken within the request's time, too.
        self.connection.settimeout(max(self.server.request_timeout, 0.001))
        self.flush_headers()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _error_body(code: str, message: str) -> bytes:
    return json.dumps(error_document(code, message), separators=(",", ":")).encode("utf-8")
