"""HTTP layer of the Face emulator: server, routing table, auth, rate limit, faults."""

from __future__ import annotations

import collections
import json
import math
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Deque, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Union
from urllib.parse import parse_qs, unquote, urlsplit

from ._engine import FaceEngine
from ._real_engine import make_engine
from ._errors import (
    MSG_INVALID_KEY,
    MSG_INVALID_TOKEN,
    MSG_MISSING_KEY,
    FaceServiceError,
    bad_argument,
    error_document,
    resource_not_found,
    unauthorized,
)
from ._store import Store
from ._util import new_id

JSON_CONTENT_TYPE = "application/json; charset=utf-8"

V1_0 = "v1.0"
V1_1_PREVIEW_1 = "v1.1-preview.1"
V1_2_PREVIEW_1 = "v1.2-preview.1"
V1_2 = "v1.2"
ALL_VERSIONS: Tuple[str, ...] = (V1_0, V1_1_PREVIEW_1, V1_2_PREVIEW_1, V1_2)
LIVENESS_VERSIONS: Tuple[str, ...] = (V1_1_PREVIEW_1, V1_2_PREVIEW_1, V1_2)
SESSION_IMAGE_VERSIONS: Tuple[str, ...] = (V1_2_PREVIEW_1, V1_2)

MAX_BODY = 64 * 1024 * 1024


# --------------------------------------------------------------------------- request / response


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: Optional[str] = JSON_CONTENT_TYPE
    headers: Dict[str, str] = field(default_factory=dict)


def json_response(payload: Any, status: int = 200, headers: Optional[Mapping[str, str]] = None) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(status, body, JSON_CONTENT_TYPE, dict(headers or {}))


def empty_response(status: int = 200, headers: Optional[Mapping[str, str]] = None) -> Response:
    return Response(status, b"", JSON_CONTENT_TYPE, dict(headers or {}))


def error_response(err: FaceServiceError) -> Response:
    resp = json_response(err.document(), err.status, err.headers)
    resp.headers.setdefault("x-ms-error-code", err.code)
    return resp


class Request:
    """What a route handler sees."""

    def __init__(
        self,
        emulator: "FaceEmulator",
        method: str,
        path: str,
        raw_path: str,
        query: Dict[str, List[str]],
        headers: Mapping[str, str],
        body: bytes,
        version: str,
        request_id: str,
    ) -> None:
        self.emulator = emulator
        self.method = method
        self.path = path
        self.raw_path = raw_path
        self._query = {k.lower(): v for k, v in query.items()}
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body
        self.version = version
        self.request_id = request_id
        self._json: Any = None

    @property
    def store(self) -> Store:
        return self.emulator.store

    @property
    def engine(self) -> FaceEngine:
        return self.emulator.engine

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)

    # query helpers -------------------------------------------------------

    def query(self, name: str, default: Optional[str] = None) -> Optional[str]:
        values = self._query.get(name.lower())
        if not values:
            return default
        return values[-1]

    def query_bool(self, name: str, default: bool) -> bool:
        value = self.query(name)
        if value is None or value == "":
            return default
        low = value.lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        raise bad_argument(f"Invalid value '{value}' for query parameter '{name}'; expected true or false.")

    def query_int(self, name: str, default: int, lo: int, hi: int) -> int:
        value = self.query(name)
        if value is None or value == "":
            return default
        try:
            number = int(value)
        except ValueError:
            raise bad_argument(f"Invalid value '{value}' for query parameter '{name}'; expected an integer.")
        if not lo <= number <= hi:
            raise bad_argument(f"Query parameter '{name}' must be between {lo} and {hi}.")
        return number

    def query_enum(self, name: str, allowed: Sequence[str], default: str) -> str:
        value = self.query(name)
        if value is None or value == "":
            return default
        if value not in allowed:
            raise bad_argument(f"Invalid value '{value}' for '{name}'; allowed: {', '.join(allowed)}.")
        return value

    def paging(self) -> Tuple[Optional[str], int]:
        return self.query("start") or None, self.query_int("top", 1000, 1, 1000)

    # body helpers ---------------------------------------------------------

    def json(self, required: bool = True) -> Dict[str, Any]:
        if self._json is None:
            if not self.body.strip():
                if required:
                    raise bad_argument("Request body is empty; a JSON object is required.")
                self._json = {}
            else:
                try:
                    self._json = json.loads(self.body.decode("utf-8-sig"))
                except (UnicodeDecodeError, ValueError):
                    raise bad_argument("Request body is not valid JSON.")
                if not isinstance(self._json, dict):
                    raise bad_argument("Request body must be a JSON object.")
        return self._json


Handler = Callable[..., Response]


class Router:
    """Method + path-template routing table; matching is case-insensitive."""

    def __init__(self) -> None:
        self._routes: List[Tuple[str, "re.Pattern[str]", Handler, Tuple[str, ...], str]] = []

    def add(self, method: str, template: str, handler: Handler, versions: Sequence[str] = ALL_VERSIONS) -> None:
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template.rstrip("/"))
        self._routes.append((method.upper(), re.compile("^" + pattern + "/?$", re.IGNORECASE), handler, tuple(versions), template))

    def resolve(self, method: str, version: str, path: str) -> Tuple[Handler, Dict[str, str]]:
        for route_method, regex, handler, versions, _ in self._routes:
            if route_method != method or version not in versions:
                continue
            m = regex.match(path)
            if m:
                return handler, {k: unquote(v) for k, v in m.groupdict().items()}
        raise resource_not_found()

    def templates(self) -> List[Tuple[str, str, Tuple[str, ...]]]:
        return [(m, t, v) for m, _, _, v, t in self._routes]


# --------------------------------------------------------------------------- faults / rate limit


@dataclass
class _Fault:
    remaining: int
    status: int
    method: Optional[str]
    path: Optional[str]
    code: Optional[str]
    message: Optional[str]
    retry_after: Optional[float]
    drop_connection: bool

    def matches(self, method: str, raw_path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        if self.path:
            if self.path in raw_path:
                return True
            try:
                return re.search(self.path, raw_path) is not None
            except re.error:
                return False
        return True


DROP = object()  # sentinel: close the connection without answering


# --------------------------------------------------------------------------- HTTP plumbing


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # Bursts of new connections (aiohttp opens up to 100 at once) must queue, not be reset: the default is 5.
    request_queue_size = 128

    def __init__(self, address: Tuple[str, int], emulator: "FaceEmulator") -> None:
        self.emulator = emulator
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
    server: _HTTPServer  # pyright: ignore[reportIncompatibleVariableOverride]  # set by our own server class

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # pragma: no cover - not a TCP socket
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if self.server.emulator.log_requests:
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
            resp = self.server.emulator._dispatch(self.command, self.path, dict(self.headers.items()), body)
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


# --------------------------------------------------------------------------- the emulator


class FaceEmulator:
    """A local, stateful Face service speaking the REST contract over HTTP.

    See the package docstring (:mod:`azure.ai.vision.face.emulator`) for usage.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        key: str = "emulator-key",
        *,
        bearer_tokens: Sequence[str] = (),
        training_seconds: float = 0.2,
        face_id_ttl_default: int = 86400,
        rate_limit_per_minute: Optional[int] = None,
        data_dir: Optional[str] = None,
        engine: Union[FaceEngine, str, None] = None,
        landmark_model: str = "68",
        log_requests: bool = False,
    ) -> None:
        self.host = host
        self.port = port
        self.key = key
        self.bearer_tokens = tuple(bearer_tokens)
        self.training_seconds = float(training_seconds)
        self.face_id_ttl_default = int(face_id_ttl_default)
        self.data_dir = data_dir
        if isinstance(engine, FaceEngine):
            self.engine: FaceEngine = engine
        else:
            self.engine = make_engine(engine or "auto", landmark_model=landmark_model)
        self.log_requests = log_requests
        self.store = Store(data_dir)
        self._rate_limit: Optional[int] = rate_limit_per_minute
        self._rate_window: Deque[float] = collections.deque()
        self._faults: List[_Fault] = []
        self._knob_lock = threading.Lock()
        self._requests: Deque[Tuple[str, str, Dict[str, str], bytes]] = collections.deque(maxlen=1000)
        self._server: Optional[_HTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        self.router = Router()
        self.control_router = Router()
        from . import (
            _routes_control,
            _routes_detect,
            _routes_facelists,
            _routes_liveness,
            _routes_operations,
            _routes_persongroups,
        )

        for module in (_routes_detect, _routes_facelists, _routes_persongroups, _routes_operations, _routes_liveness):
            module.register(self.router)
        _routes_control.register(self.control_router)

    # ------------------------------------------------------------------ lifecycle

    @property
    def endpoint(self) -> str:
        if self._server is None:
            raise RuntimeError("the emulator is not running; call start() first")
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> "FaceEmulator":
        if self._server is not None:
            return self
        server = _HTTPServer((self.host, self.port), self)
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"face-emulator-{self.port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.store.save()

    def close(self) -> None:
        """Stop serving and release the SQLite database (if any)."""
        self.stop()
        self.store.close()

    def __enter__(self) -> "FaceEmulator":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def serve_forever(self) -> None:
        """Start (if needed) and block until :meth:`stop` is called from elsewhere."""
        self.start()
        thread = self._thread
        while thread is not None and thread.is_alive():
            thread.join(0.2)

    # ------------------------------------------------------------------ test knobs

    def fail_next(
        self,
        count: int,
        status: int,
        *,
        method: Optional[str] = None,
        path: Optional[str] = None,
        code: Optional[str] = None,
        message: Optional[str] = None,
        retry_after: Optional[float] = None,
        drop_connection: bool = False,
    ) -> None:
        """Make the next ``count`` matching ``/face/`` requests fail.

        ``path`` is a substring of (or a regex searched in) the request path
        with its query.  With ``drop_connection`` the socket is closed without
        any response; otherwise the response has ``status`` and the standard
        error body (``code`` defaults to the status as a string).
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._knob_lock:
            self._faults.append(
                _Fault(int(count), int(status), method, path, code, message, retry_after, bool(drop_connection))
            )

    def clear_faults(self) -> None:
        with self._knob_lock:
            self._faults.clear()

    def set_rate_limit(self, calls_per_minute: Optional[int]) -> None:
        """Limit ``/face/`` calls per rolling minute (None turns it off)."""
        with self._knob_lock:
            self._rate_limit = None if calls_per_minute is None else int(calls_per_minute)
            self._rate_window.clear()

    @property
    def rate_limit_per_minute(self) -> Optional[int]:
        return self._rate_limit

    def reset(self) -> None:
        """Drop all state: collections, faces, sessions, blobs, faults, request log."""
        with self.store.lock:
            self.store.reset()
        with self._knob_lock:
            self._faults.clear()
            self._rate_window.clear()
            self._requests.clear()

    @property
    def requests(self) -> List[Tuple[str, str, Dict[str, str], bytes]]:
        """Recorded (method, path_with_query, headers, body) of the last 1000 requests."""
        with self._knob_lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._knob_lock:
            self._requests.clear()

    def submit_liveness_attempt(
        self,
        session_id: str,
        *,
        decision: str = "realface",
        verify_match: bool = True,
        image: Optional[bytes] = None,
    ) -> Dict[str, Any]:
        """Play the liveness front end for ``session_id``; returns the audit entry."""
        from ._routes_liveness import submit_attempt

        with self.store.lock:
            entry = submit_attempt(self, session_id, decision=decision, verify_match=verify_match, image=image)
            self.store.save()
            return entry

    def put_blob(self, name: str, data: bytes) -> str:
        """Store ``data`` in the emulator blob store; returns its URL."""
        with self.store.lock:
            self.store.blobs[name] = bytes(data)
            self.store.save()
        return self.blob_url(name)

    def blob_url(self, name: str) -> str:
        return f"{self.endpoint}/_emulator/blobs/{name}"

    # ------------------------------------------------------------------ dispatch

    def _authorize(self, headers: Mapping[str, str]) -> None:
        lower = {k.lower(): v for k, v in headers.items()}
        key = lower.get("ocp-apim-subscription-key")
        if key is not None:
            if key != self.key:
                raise unauthorized(MSG_INVALID_KEY)
            return
        auth = lower.get("authorization", "")
        if auth:
            scheme, _, token = auth.partition(" ")
            if scheme.lower() == "bearer" and token.strip() in self.bearer_tokens:
                return
            raise unauthorized(MSG_INVALID_TOKEN)
        raise unauthorized(MSG_MISSING_KEY)

    def _take_fault(self, method: str, raw_path: str) -> Optional[_Fault]:
        with self._knob_lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(method, raw_path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _check_rate(self) -> None:
        with self._knob_lock:
            limit = self._rate_limit
            if limit is None:
                return
            t = time.monotonic()
            while self._rate_window and t - self._rate_window[0] >= 60:
                self._rate_window.popleft()
            if len(self._rate_window) >= max(0, limit):
                wait = max(1, math.ceil(60 - (t - self._rate_window[0]))) if self._rate_window else 60
                raise FaceServiceError(
                    429,
                    "429",
                    f"Rate limit is exceeded. Try again in {wait} seconds.",
                    {"Retry-After": str(wait)},
                )
            self._rate_window.append(t)

    def _dispatch(self, method: str, raw_path: str, headers: Dict[str, str], body: bytes) -> Union[Response, object]:
        method = method.upper()
        request_id = new_id()
        split = urlsplit(raw_path)
        path = unquote(split.path)
        query = parse_qs(split.query, keep_blank_values=True)
        is_control = path == "/_emulator" or path.startswith("/_emulator/")
        if not is_control:
            with self._knob_lock:
                self._requests.append((method, raw_path, dict(headers), body))
        resp: Union[Response, object]
        try:
            if is_control:
                resp = self._dispatch_control(method, path, raw_path, query, headers, body, request_id)
            elif path.lower().startswith("/face/"):
                resp = self._dispatch_face(method, path, raw_path, query, headers, body, request_id)
            else:
                raise resource_not_found()
        except FaceServiceError as err:
            resp = error_response(err)
        except Exception as exc:  # pragma: no cover - defensive
            resp = error_response(FaceServiceError(500, "InternalServerError", f"Emulator error: {exc!r}"))
        if isinstance(resp, Response):
            resp.headers.setdefault("apim-request-id", request_id)
        return resp

    def _dispatch_face(
        self,
        method: str,
        path: str,
        raw_path: str,
        query: Dict[str, List[str]],
        headers: Dict[str, str],
        body: bytes,
        request_id: str,
    ) -> Union[Response, object]:
        self._authorize(headers)
        fault = self._take_fault(method, raw_path)
        if fault is not None:
            if fault.drop_connection:
                return DROP
            extra = {}
            if fault.retry_after is not None:
                ra = fault.retry_after
                extra["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
            raise FaceServiceError(
                fault.status,
                fault.code or str(fault.status),
                fault.message or f"Emulated failure ({fault.status}) injected by fail_next.",
                extra,
            )
        self._check_rate()
        parts = path.split("/", 3)  # ['', 'face', version, rest]
        version = parts[2] if len(parts) > 2 else ""
        if version not in ALL_VERSIONS:
            raise resource_not_found()
        route_path = "/" + (parts[3] if len(parts) > 3 else "")
        handler, params = self.router.resolve(method, version, route_path)
        req = Request(self, method, route_path, raw_path, query, headers, body, version, request_id)
        with self.store.lock:
            self.store.advance()
            resp = handler(req, **params)
            if method != "GET":
                self.store.save()
        return resp

    def _dispatch_control(
        self,
        method: str,
        path: str,
        raw_path: str,
        query: Dict[str, List[str]],
        headers: Dict[str, str],
        body: bytes,
        request_id: str,
    ) -> Response:
        route_path = path[len("/_emulator") :] or "/"
        if not (method in ("GET", "HEAD") and route_path.lower().startswith("/blobs/")):
            self._authorize(headers)
        handler, params = self.control_router.resolve(method, V1_2_PREVIEW_1, route_path)
        req = Request(self, method, route_path, raw_path, query, headers, body, V1_2_PREVIEW_1, request_id)
        with self.store.lock:
            self.store.advance()
            resp = handler(req, **params)
            if method != "GET":
                self.store.save()
        return resp


__all__ = ["FaceEmulator", "Request", "Response", "Router", "json_response", "empty_response", "error_document"]
