"""The emulator itself: assembles the routers, the wire server and the store; auth, rate limit, faults.

Layering (no import circles): :mod:`._http` (Request, Response, Router) <- route modules (``_routes_*``,
which also use the domain helpers :mod:`._collections`, :mod:`._common`, :mod:`._store`, :mod:`._util`)
<- this module, which only assembles them with :mod:`._wire` (sockets) into :class:`FaceEmulator`.
"""

from __future__ import annotations

import collections
import math
import re
import threading
import time
from dataclasses import dataclass
from typing import Any, Deque, Dict, List, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qs, unquote, urlsplit

from . import (
    _routes_control,
    _routes_detect,
    _routes_facelists,
    _routes_liveness,
    _routes_operations,
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
from ._http import ALL_VERSIONS, DROP, V1_2_PREVIEW_1, Request, Response, Router, error_response
from ._real_engine import make_engine
from ._store import Store
from ._util import new_id
from ._wire import WireServer

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
        self._server: Optional[WireServer] = None
        self._thread: Optional[threading.Thread] = None
        self.router = Router()
        self.control_router = Router()
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

    def start(self) -> "FaceEmulator":
        if self._server is not None:
            return self
        server = WireServer((self.host, self.port), self._dispatch, self.log_requests)
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

    def request_log(self) -> List[Dict[str, Any]]:
        """The request log as ``GET /_emulator/requests`` shows it (bodies as sizes)."""
        return [{"method": m, "path": p, "headers": h, "bodyLength": len(b)} for m, p, h, b in self.requests]

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
        with self.store.lock:
            entry = _routes_liveness.submit_attempt(self, session_id, decision=decision, verify_match=verify_match, image=image)
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


__all__ = ["FaceEmulator"]
