"""HTTP plumbing of the emulator: what a route handler receives and returns, and the routing table.

This module knows nothing about particular routes or about the server that assembles them.  Route modules
import :class:`Request`, :class:`Response`, :class:`Router` and the response helpers from here; the server
module (:mod:`._server`) builds the routers and hands requests to them.  Handlers reach the emulator through
the :class:`App` protocol, so nothing here imports the server.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol, Sequence, Tuple, Union
from urllib.parse import unquote

from ._engine import FaceEngine
from ._errors import FaceServiceError, bad_argument, resource_not_found
from ._store import Store

JSON_CONTENT_TYPE = "application/json; charset=utf-8"

V1_0 = "v1.0"
V1_1_PREVIEW_1 = "v1.1-preview.1"
V1_2_PREVIEW_1 = "v1.2-preview.1"
V1_2 = "v1.2"
ALL_VERSIONS: Tuple[str, ...] = (V1_0, V1_1_PREVIEW_1, V1_2_PREVIEW_1, V1_2)
LIVENESS_VERSIONS: Tuple[str, ...] = (V1_1_PREVIEW_1, V1_2_PREVIEW_1, V1_2)
SESSION_IMAGE_VERSIONS: Tuple[str, ...] = (V1_2_PREVIEW_1, V1_2)

MAX_MULTIPART_PARTS = 16  # the Face API's multipart requests have two or three parts
_SURROGATE = re.compile("[\ud800-\udfff]")


class App(Protocol):
    """What route handlers may use of the running emulator (:class:`._server.FaceEmulator` provides it)."""

    host: str
    port: int
    key: str
    training_seconds: float
    face_id_ttl_default: int
    store: Store
    engine: FaceEngine

    @property
    def endpoint(self) -> str: ...

    def reset(self) -> None: ...

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
    ) -> None: ...

    def clear_faults(self) -> None: ...

    def set_rate_limit(self, calls_per_minute: Optional[int]) -> None: ...

    def request_log(self) -> List[Dict[str, Any]]: ...

    def submit_liveness_attempt(
        self,
        session_id: str,
        *,
        decision: str = "realface",
        verify_match: bool = True,
        image: Optional[bytes] = None,
    ) -> Dict[str, Any]: ...


# --------------------------------------------------------------------------- responses


@dataclass
class Response:
    """What a handler returns: status, body bytes, content type and extra headers."""

    status: int = 200
    body: bytes = b""
    content_type: Optional[str] = JSON_CONTENT_TYPE
    headers: Dict[str, str] = field(default_factory=dict)


def json_response(payload: Any, status: int = 200, headers: Optional[Mapping[str, str]] = None) -> Response:
    """A JSON response (compact, UTF-8)."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(status, body, JSON_CONTENT_TYPE, dict(headers or {}))


def empty_response(status: int = 200, headers: Optional[Mapping[str, str]] = None) -> Response:
    """A response without a body."""
    return Response(status, b"", JSON_CONTENT_TYPE, dict(headers or {}))


def error_response(err: FaceServiceError) -> Response:
    """The Face error shape for ``err``, with its ``x-ms-error-code`` header."""
    resp = json_response(err.document(), err.status, err.headers)
    resp.headers.setdefault("x-ms-error-code", err.code)
    return resp


DROP = object()  # sentinel a dispatcher returns to close the connection without answering


class Later:
    """What a handler returns to finish its work after the state lock is released.

    The handler reads what it needs under the lock (records that are replaced, never changed in place,
    may be kept); ``finish`` then computes the answer from them without the lock, e.g. scoring a
    query face against every person of a large group.
    """

    __slots__ = ("finish",)

    def __init__(self, finish: Callable[[], Response]) -> None:
        self.finish = finish


# --------------------------------------------------------------------------- requests


class Request:
    """What a route handler sees."""

    def __init__(
        self,
        emulator: App,
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
        self.version = version
        self.request_id = request_id
        self.body = body
        #: What a route's ``prepare`` step (run outside the state lock) left for its handler.
        self.prepared: Dict[str, Any] = {}

    @property
    def body(self) -> bytes:
        return self._body

    @body.setter
    def body(self, value: bytes) -> None:
        self._body = value
        self._json: Any = None
        self._json_error: Optional[FaceServiceError] = None

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

    def looks_like_json(self) -> bool:
        """Whether the body is meant as JSON (by its content type, or by its first byte when it has none)."""
        ctype = self.content_type
        return ctype == "application/json" or ctype.endswith("+json") or (
            not ctype and self.body[:1] in (b"{", b" ", b"\n", b"\r", b"\t")
        )

    def parse_body(self) -> None:
        """Decode and check the body ahead of the handler (called outside the state lock).

        A JSON body is parsed now, its failure kept for :meth:`json` to raise; a multipart body may have
        at most :data:`MAX_MULTIPART_PARTS` parts.
        """
        if self.content_type == "multipart/form-data":
            m = re.search(r'boundary="?([^";]+)"?', self.header("content-type"), re.IGNORECASE)
            if m and self.body.count(b"--" + m.group(1).encode("latin-1")) > MAX_MULTIPART_PARTS + 1:
                raise bad_argument(f"A multipart request may have at most {MAX_MULTIPART_PARTS} parts.")
        elif self.body.strip() and self.looks_like_json():
            try:
                self.json(required=False)
            except FaceServiceError as err:
                self._json_error = err

    def json(self, required: bool = True) -> Dict[str, Any]:
        if self._json_error is not None:
            raise self._json_error
        if self._json is None:
            if not self.body.strip():
                if required:
                    raise bad_argument("Request body is empty; a JSON object is required.")
                self._json = {}
            else:
                self._json = parse_json(self.body)
                if not isinstance(self._json, dict):
                    raise bad_argument("Request body must be a JSON object.")
        result: Dict[str, Any] = self._json
        return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError("number out of range")
    return value


def parse_json(data: bytes) -> Any:
    """Strict JSON (no NaN/Infinity, no overflowing numbers, no lone surrogates); 400 when it is not."""
    try:
        value = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise bad_argument("Request body is nested too deeply.")
    except (UnicodeDecodeError, ValueError):
        raise bad_argument("Request body is not valid JSON.")
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise bad_argument("Request body contains a string that is not valid Unicode (a lone surrogate).")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return value


# --------------------------------------------------------------------------- routing

Handler = Callable[..., Union[Response, Later]]
Prepare = Callable[..., None]


@dataclass(frozen=True)
class Route:
    """A handler (run holding the state lock) and an optional ``prepare`` step run before it, outside the
    lock, with the same arguments: decoding, downloading and detecting go there."""

    handler: Handler
    prepare: Optional[Prepare] = None


class Router:
    """Method + path-template routing table; matching is case-insensitive."""

    def __init__(self) -> None:
        self._routes: List[Tuple[str, "re.Pattern[str]", Route, Tuple[str, ...]]] = []

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        versions: Sequence[str] = ALL_VERSIONS,
        *,
        prepare: Optional[Prepare] = None,
    ) -> None:
        """Serve ``method template`` (``{name}`` segments become keyword arguments) for ``versions``."""
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template.rstrip("/"))
        regex = re.compile("^" + pattern + "/?$", re.IGNORECASE)
        self._routes.append((method.upper(), regex, Route(handler, prepare), tuple(versions)))

    def resolve(self, method: str, version: str, path: str) -> Tuple[Route, Dict[str, str]]:
        """The route and path parameters for a request; a 404 :class:`FaceServiceError` when none matches."""
        for route_method, regex, route, versions in self._routes:
            if route_method != method or version not in versions:
                continue
            m = regex.match(path)
            if m:
                return route, {k: unquote(v) for k, v in m.groupdict().items()}
        raise resource_not_found()
