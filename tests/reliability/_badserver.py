"""A small, purpose-built misbehaving HTTP/1.1 server on loopback (stdlib sockets only).

Each incoming request takes the next scripted *action* (``server.script(a, b, ...)``); when the script is empty the
``server.default`` action answers. An action is a callable ``(conn, request) -> bool`` that writes whatever bytes it
likes (or none) on the raw socket and returns whether the connection stays open for another request. The helpers
below build the usual ones: a JSON answer, a raw byte string, a reset, a body cut short, a slow answer, a redirect.

Every request is recorded (``server.requests``); the server tracks its open connections (``server.open_connections``)
so tests can prove a client released its sockets, and closes everything it opened on ``close()``.
"""
import gzip
import json
import socket
import struct
import threading
from typing import Any, Callable, Dict, List, Optional, Set

Action = Callable[[socket.socket, "Request"], bool]


class Request:
    """One request as received: method, target (path + query), headers (lower-cased names) and body."""

    def __init__(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return "Request({} {}, {} bytes)".format(self.method, self.target, len(self.body))


def _read_until(conn: socket.socket, buf: bytearray, marker: bytes) -> Optional[int]:
    while True:
        index = buf.find(marker)
        if index >= 0:
            return index
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buf += chunk


def _read_exact(conn: socket.socket, buf: bytearray, size: int) -> Optional[bytes]:
    while len(buf) < size:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buf += chunk
    data = bytes(buf[:size])
    del buf[:size]
    return data


def _read_request(conn: socket.socket, buf: bytearray) -> Optional[Request]:
    end = _read_until(conn, buf, b"\r\n\r\n")
    if end is None:
        return None
    head = bytes(buf[:end]).decode("latin-1")
    del buf[: end + 4]
    lines = head.split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: Dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        parts = []
        while True:
            end = _read_until(conn, buf, b"\r\n")
            if end is None:
                return None
            size = int(bytes(buf[:end]).split(b";")[0].strip() or b"0", 16)
            del buf[: end + 2]
            if size == 0:
                if _read_until(conn, buf, b"\r\n") is None:
                    return None
                del buf[: buf.find(b"\r\n") + 2]
                break
            chunk = _read_exact(conn, buf, size + 2)
            if chunk is None:
                return None
            parts.append(chunk[:-2])
        body = b"".join(parts)
    elif headers.get("content-length"):
        data = _read_exact(conn, buf, int(headers["content-length"]))
        if data is None:
            return None
        body = data
    return Request(method, target, headers, body)


# --------------------------------------------------------------------------- actions


def _head(status: int, headers: Dict[str, str]) -> bytes:
    lines = ["HTTP/1.1 {} X".format(status)] + ["{}: {}".format(k, v) for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(status: int = 200, body: bytes = b"", *, content_type: Optional[str] = "application/json",
          headers: Optional[Dict[str, str]] = None, close: bool = False) -> Action:
    """A well-formed answer with ``Content-Length``."""

    def act(conn: socket.socket, request: Request) -> bool:
        out = {"Content-Length": str(len(body))}
        if content_type:
            out["Content-Type"] = content_type
        out.update(headers or {})
        if close:
            out["Connection"] = "close"
        conn.sendall(_head(status, out) + body)
        return not close

    return act


def json_reply(payload: Any, status: int = 200, **kwargs: Any) -> Action:
    """A well-formed JSON answer."""
    return reply(status, json.dumps(payload).encode(), **kwargs)


def error_reply(status: int, code: str = "Oops", message: str = "scripted failure", **kwargs: Any) -> Action:
    """The Face service's error body with ``status``."""
    return json_reply({"error": {"code": code, "message": message}}, status, **kwargs)


def raw(data: bytes, *, close: bool = True) -> Action:
    """Write ``data`` as is (status line, headers and all), then close the connection."""

    def act(conn: socket.socket, request: Request) -> bool:
        conn.sendall(data)
        return not close

    return act


def cut_short(body: bytes, *, sent: int, status: int = 200) -> Action:
    """Announce ``len(body)`` bytes, send only the first ``sent``, then close."""
    return raw(_head(status, {"Content-Type": "application/json", "Content-Length": str(len(body))}) + body[:sent])


def cut_chunked(body: bytes, *, sent: int) -> Action:
    """A chunked answer whose connection closes before the final chunk."""
    head = _head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    part = body[:sent]
    return raw(head + b"%x\r\n" % len(part) + part + b"\r\n")


def reset() -> Action:
    """Abort the connection with a TCP reset, without answering."""

    def act(conn: socket.socket, request: Request) -> bool:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return act


def gzip_reply(body: bytes, *, corrupt: bool = False) -> Action:
    """A 200 with ``Content-Encoding: gzip``; with ``corrupt`` the stream is damaged in the middle."""
    data = gzip.compress(body)
    if corrupt:
        data = data[:10] + bytes(b ^ 0x5A for b in data[10:-8]) + data[-8:]
    return reply(200, data, headers={"Content-Encoding": "gzip"})


def redirect(location: str, status: int = 307) -> Action:
    """Redirect to ``location`` (which may be another origin)."""
    return reply(status, b"", content_type=None, headers={"Location": location})


# --------------------------------------------------------------------------- the server


class BadServer:
    """The misbehaving server. Use as a context manager; ``endpoint`` is ``http://127.0.0.1:<port>``."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(1024)
        self.port: int = self._listener.getsockname()[1]
        self.endpoint = "http://127.0.0.1:{}".format(self.port)
        self.requests: List[Request] = []
        self.default: Callable[[Request], Action] = lambda request: json_reply([])
        self._script: List[Action] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: Set[socket.socket] = set()
        self._threads: List[threading.Thread] = []
        self.connections_accepted = 0
        self._accept_thread = threading.Thread(target=self._accept, daemon=True)
        self._accept_thread.start()

    # -- scripting ---------------------------------------------------------------------------------------

    def script(self, *actions: Action) -> None:
        """Queue actions for the next requests, in order."""
        with self._lock:
            self._script.extend(actions)

    def wait(self, seconds: float) -> bool:
        """Sleep inside an action; returns early (True) when the server is closing."""
        return self._stop.wait(seconds)

    def slow(self, seconds: float, then: Action) -> Action:
        """Wait ``seconds`` before acting (interrupted when the server closes)."""

        def act(conn: socket.socket, request: Request) -> bool:
            if self.wait(seconds):
                return False
            return then(conn, request)

        return act

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    # -- serving -----------------------------------------------------------------------------------------

    def _accept(self) -> None:
        self._listener.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with self._lock:
                self._conns.add(conn)
                self.connections_accepted += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buf = bytearray()
        try:
            while not self._stop.is_set():
                request = _read_request(conn, buf)
                if request is None:
                    break
                with self._lock:
                    self.requests.append(request)
                    action = self._script.pop(0) if self._script else None
                if action is None:
                    action = self.default(request)
                if not action(conn, request):
                    break
        except OSError:
            pass
        finally:
            with self._lock:
                self._conns.discard(conn)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._accept_thread.join(2)
        self._listener.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(2)

    def __enter__(self) -> "BadServer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def wait_for(predicate: Callable[[], bool], timeout: float = 2.0) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` passes."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


__all__ = [
    "BadServer", "Request", "reply", "json_reply", "error_reply", "raw", "cut_short", "cut_chunked", "reset",
    "gzip_reply", "redirect", "wait_for",
]
