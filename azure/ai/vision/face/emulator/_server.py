"""The emulator itself: assembles the routers, the wire server and the store; auth, rate limit, faults.

Layering (no import circles): :mod:`._http` (Request, Response, Router) <- route modules (``_routes_*``,
which also use the domain helpers :mod:`._collections`, :mod:`._common`, :mod:`._store`, :mod:`._util`)
<- this module, which only assembles them with :mod:`._wire` (sockets) into :class:`FaceEmulator`.

A request's life: :meth:`FaceEmulator.admit` checks the key from the head alone (a refused request's body is
never kept); :meth:`FaceEmulator.dispatch` applies faults and the rate limit, parses the body and runs the
route's ``prepare`` step (decoding, downloading, detecting) outside the state lock, then runs the handler
holding the lock and commits what it changed before the answer leaves; a handler that returns a
:class:`._http.Later` (identify, find similar) computes its answer after the lock is released.
"""

from __future__ import annotations

import collections
import logging
import math
import re
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any, Deque, Dict, List, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qs, unquote, urlsplit

from . import (
    _liveness,
    _routes_control,
    _routes_detect,
    _routes_facelists,
    _routes_liveness,
    _routes_liveness_ga,
    _routes_operations,
    _routes_persondirectory,
    _routes_persongroups,
)
from ._engine import FaceEngine
from ._errors import (
    MSG_INVALID_KEY,
    MSG_INVALID_TOKEN,
    MSG_MISSING_KEY,
    FaceServiceError,
    resource_not_found,
    unauthorized,
)
from ._http import ALL_VERSIONS, DROP, V1_2_PREVIEW_1, Later, Request, Response, Router, error_response
from ._real_engine import make_engine
from ._store import DEFAULT_MAX_FACE_IDS, Store
from ._util import new_id
from ._wire import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_REQUEST_TIMEOUT,
    WireServer,
)

REQUEST_LOG_ENTRIES = 1000
REQUEST_LOG_BYTES = 32 * 1024 * 1024  # bodies kept in the request log, in all; older bodies are dropped first
MAX_FAULT_PATTERN = 256
_SECRET_HEADERS = ("ocp-apim-subscription-key", "authorization")
_TOKEN_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$")  # an HTTP token: safe in a header value

LogEntry = Tuple[str, str, Dict[str, str], bytes]


class _LogEntry:
    """One recorded request; its body may be dropped later to keep the log within its byte budget."""

    __slots__ = ("method", "target", "headers", "body")

    def __init__(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> None:
        self.method, self.target, self.headers, self.body = method, target, headers, body

    def as_tuple(self) -> LogEntry:
        return (self.method, self.target, self.headers, self.body)


# --------------------------------------------------------------------------- faults / rate limit


def glob_search(pattern: str, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``, ``*`` standing for any run of characters.

    Nothing is anchored, so taking each literal piece at its earliest place is always right: one pass over
    the text, whatever the pattern (no regular expressions, so no pattern can stall the server).
    """
    pos = 0
    for part in pattern.split("*"):
        if not part:
            continue
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


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
        return not self.path or glob_search(self.path, raw_path)


def _redact(headers: Mapping[str, str]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for name, value in headers.items():
        low = name.lower()
        if low == "authorization":
            scheme = value.split(" ", 1)[0] if " " in value else ""
            out[name] = f"{scheme} ***".strip()
        elif low in _SECRET_HEADERS:
            out[name] = "***"
        else:
            out[name] = value
    return out


# --------------------------------------------------------------------------- the emulator


CONTROL_ROUTES_HELP = "\n".join(
    line for line in (_routes_control.__doc__ or "").splitlines() if line.startswith(("* ", "  "))
)

_log = logging.getLogger("azure.ai.vision.face.emulator")


def _not_emulated(method: str, path: str, elsewhere: Sequence[str] = ()) -> FaceServiceError:
    """The service's answer to an unknown route (404), logged so a user sees which call the emulator lacks.

    :param elsewhere: API versions that do have the route (it is then missing from this version only).
    """
    if elsewhere:
        _log.warning(
            "Face emulator: %s %s is not part of this API version (the emulator serves it under %s); "
            "answering 404 as the service does for an unknown route.", method, path, ", ".join(elsewhere)
        )
    else:
        _log.warning(
            "Face emulator: %s %s is not emulated; answering 404 as the service does for an unknown route.", method, path
        )
    return resource_not_found()


class FaceEmulator:
    """A local, stateful Face service speaking the REST contract over HTTP.

    See the package docstring (:mod:`azure.ai.vision.face.emulator`) for usage.

    :raises ValueError: for an empty key or bearer token, a training time that is not a finite number
        of seconds, or limits below 1.
    :raises ._store.DataDirInUse: when another emulator serves ``data_dir``.
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
        max_face_ids: int = DEFAULT_MAX_FACE_IDS,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        tls_cert: Optional[str] = None,
        tls_key: Optional[str] = None,
    ) -> None:
        if not isinstance(key, str) or not key.strip():
            raise ValueError("key must be a non-empty string")
        tokens = tuple(bearer_tokens)
        if any(not isinstance(t, str) or not t.strip() for t in tokens):
            raise ValueError("bearer tokens must be non-empty strings")
        if not math.isfinite(float(training_seconds)) or float(training_seconds) < 0:
            raise ValueError("training_seconds must be a finite number of seconds, 0 or more")
        for name, value in (("max_connections", max_connections), ("idle_timeout", idle_timeout),
                            ("request_timeout", request_timeout)):
            if not math.isfinite(float(value)) or float(value) <= 0:
                raise ValueError(f"{name} must be a positive number")
        if (tls_cert is None) != (tls_key is None):
            raise ValueError("tls_cert and tls_key go together: give both (PEM files) to serve https, or neither")
        self.tls_cert = tls_cert
        self.tls_key = tls_key
        self.host = host
        self.port = port
        self.key = key
        self.bearer_tokens = tokens
        self.training_seconds = float(training_seconds)
        self.face_id_ttl_default = int(face_id_ttl_default)
        self.data_dir = data_dir
        if isinstance(engine, FaceEngine):
            self.engine: FaceEngine = engine
        else:
            self.engine = make_engine(engine or "auto", landmark_model=landmark_model)
        self.log_requests = log_requests
        self.max_connections = int(max_connections)
        self.idle_timeout = float(idle_timeout)
        self.request_timeout = float(request_timeout)
        self.store = Store(data_dir, max_face_ids=max_face_ids)
        self._rate_limit: Optional[int] = rate_limit_per_minute
        self._rate_window: Deque[float] = collections.deque()
        self._faults: List[_Fault] = []
        self._knob_lock = threading.Lock()
        self._requests: Deque[_LogEntry] = collections.deque(maxlen=REQUEST_LOG_ENTRIES)
        self._with_body: Deque[_LogEntry] = collections.deque()
        self._logged_bytes = 0
        self._server: Optional[WireServer] = None
        self._thread: Optional[threading.Thread] = None
        self.router = Router()
        self.control_router = Router()
        for module in (
            _routes_detect,
            _routes_facelists,
            _routes_persongroups,
            _routes_persondirectory,
            _routes_operations,
            _routes_liveness,
            _routes_liveness_ga,
        ):
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
        scheme = "https" if self.tls_cert else "http"
        return f"{scheme}://{host}:{self.port}"

    def start(self) -> "FaceEmulator":
        if self._server is not None:
            return self
        tls: Optional[ssl.SSLContext] = None
        if self.tls_cert and self.tls_key:
            tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls.load_cert_chain(self.tls_cert, self.tls_key)
        server = WireServer(
            (self.host, self.port),
            self,
            log_requests=self.log_requests,
            max_connections=self.max_connections,
            idle_timeout=self.idle_timeout,
            request_timeout=self.request_timeout,
            ssl_context=tls,
        )
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name=f"face-emulator-{self.port}", daemon=True)
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
        with self.store.lock:
            self.store.commit()

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

        ``path`` occurs in the request path with its query, where ``*`` stands for any run of characters
        (e.g. ``/detect`` or ``/largepersongroups/*/train``; at most 256 characters).  With
        ``drop_connection`` the socket is closed without any response; otherwise the response has
        ``status`` and the standard error body (``code`` defaults to the status as a string).

        :raises ValueError: for a count below 1, a status outside 100-599 (unless dropping the
            connection), a pattern too long, or a code that is not an HTTP token (it becomes a header).
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        if not drop_connection and not 100 <= int(status) <= 599:
            raise ValueError("status must be between 100 and 599")
        if path is not None and len(path) > MAX_FAULT_PATTERN:
            raise ValueError(f"path pattern must be at most {MAX_FAULT_PATTERN} characters")
        if code is not None and not _TOKEN_RE.match(code):
            raise ValueError("code must be 1 to 128 letters, digits or !#$%&'*+.^_`|~- (it is sent as a header)")
        if retry_after is not None and not (math.isfinite(float(retry_after)) and float(retry_after) >= 0):
            raise ValueError("retry_after must be a finite number of seconds, 0 or more")
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
            self._with_body.clear()
            self._logged_bytes = 0

    @property
    def requests(self) -> List[LogEntry]:
        """Recorded (method, path_with_query, headers, body) of the last 1000 ``/face/`` requests.

        Requests refused for their key are recorded without their body, and bodies are kept up to 32 MB in
        all (older bodies are dropped first, leaving ``b""``).
        """
        with self._knob_lock:
            return [entry.as_tuple() for entry in self._requests]

    def request_log(self) -> List[Dict[str, Any]]:
        """The request log as ``GET /_emulator/requests`` shows it: bodies as sizes, credentials redacted."""
        return [{"method": m, "path": p, "headers": _redact(h), "bodyLength": len(b)} for m, p, h, b in self.requests]

    def clear_requests(self) -> None:
        with self._knob_lock:
            self._requests.clear()
            self._with_body.clear()
            self._logged_bytes = 0

    def _record(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> None:
        entry = _LogEntry(method, target, dict(headers), body)
        with self._knob_lock:
            log = self._requests
            if len(log) == log.maxlen:  # the oldest entry leaves the log now
                evicted = log[0]
                self._logged_bytes -= len(evicted.body)
                evicted.body = b""
                if self._with_body and self._with_body[0] is evicted:  # same order in both
                    self._with_body.popleft()
            log.append(entry)
            if body:
                self._with_body.append(entry)
                self._logged_bytes += len(body)
            while self._logged_bytes > REQUEST_LOG_BYTES and self._with_body:
                oldest = self._with_body.popleft()  # bodies go oldest first; each entry is visited once
                self._logged_bytes -= len(oldest.body)
                oldest.body = b""

    def submit_liveness_attempt(
        self,
        session_id: str,
        *,
        decision: str = "realface",
        verify_match: bool = True,
        image: Optional[bytes] = None,
        error: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Play the liveness front end for ``session_id`` (see :func:`._liveness.submit_attempt`).

        :return: the audit entry (preview sessions) or the attempt (GA sessions).
        """
        with self.store.lock:
            self.store.begin(track_reads=True)
            try:
                return _liveness.submit_attempt(
                    self, session_id, decision=decision, verify_match=verify_match, image=image, error=error
                )
            finally:
                self.store.commit()

    def put_blob(self, name: str, data: bytes) -> str:
        """Store ``data`` in the emulator blob store; returns its URL."""
        with self.store.lock:
            self.store.blobs[name] = bytes(data)
            self.store.commit()
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

    @staticmethod
    def _kind(path: str) -> str:
        if path == "/_emulator" or path.startswith("/_emulator/"):
            return "control"
        if path.lower().startswith("/face/"):
            return "face"
        return "other"

    def admit(self, method: str, target: str, headers: Dict[str, str]) -> Optional[Response]:
        """Refuse a request from its head alone (missing or wrong key, unknown path), before any body is read."""
        method = method.upper()
        path = unquote(urlsplit(target).path)
        kind = self._kind(path)
        try:
            if kind == "other":
                raise _not_emulated(method, path)
            if kind == "control" and method in ("GET", "HEAD") and path.lower().startswith("/_emulator/blobs/"):
                return None  # blob downloads need no key
            self._authorize(headers)
            return None
        except FaceServiceError as err:
            if kind == "face":
                self._record(method, target, headers, b"")
            resp = error_response(err)
            resp.headers.setdefault("apim-request-id", new_id())
            return resp

    def dispatch(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> Union[Response, object]:
        """Answer an admitted request (see the module docstring)."""
        method = method.upper()
        request_id = new_id()
        split = urlsplit(target)
        path = unquote(split.path)
        query = parse_qs(split.query, keep_blank_values=True)
        kind = self._kind(path)
        resp: Union[Response, object]
        try:
            if kind == "face":
                self._record(method, target, headers, body)
                resp = self._dispatch_face(method, path, target, query, headers, body, request_id)
            elif kind == "control":
                route_path = path[len("/_emulator") :] or "/"
                resp = self._run(self.control_router, method, V1_2_PREVIEW_1, route_path, target, query, headers,
                                 body, request_id)
            else:
                raise _not_emulated(method, path)
        except FaceServiceError as err:
            resp = error_response(err)
        except Exception as exc:  # noqa: BLE001 - one request's bug answers 500, the server goes on
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
            raise _not_emulated(method, path)
        route_path = "/" + (parts[3] if len(parts) > 3 else "")
        try:
            self.router.resolve(method, version, route_path)
        except FaceServiceError:
            raise _not_emulated(method, path, [v for v in ALL_VERSIONS if self._routes_to(method, v, route_path)])
        return self._run(self.router, method, version, route_path, raw_path, query, headers, body, request_id)

    def _routes_to(self, method: str, version: str, route_path: str) -> bool:
        try:
            self.router.resolve(method, version, route_path)
        except FaceServiceError:
            return False
        return True

    def _run(
        self,
        router: Router,
        method: str,
        version: str,
        route_path: str,
        raw_path: str,
        query: Dict[str, List[str]],
        headers: Dict[str, str],
        body: bytes,
        request_id: str,
    ) -> Response:
        route, params = router.resolve(method, version, route_path)
        req = Request(self, method, route_path, raw_path, query, headers, body, version, request_id)
        # Outside the state lock: decoding, downloading, detecting.
        req.parse_body()
        if route.prepare is not None:
            route.prepare(req, **params)
        store = self.store
        with store.lock:
            store.begin(track_reads=method not in ("GET", "HEAD"))
            try:
                store.advance()
                outcome = route.handler(req, **params)
            finally:
                store.commit()
        return outcome.finish() if isinstance(outcome, Later) else outcome


__all__ = ["FaceEmulator", "glob_search"]
