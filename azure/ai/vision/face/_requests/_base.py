# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""What every request builder shares: the ``Call`` description and the checks on what callers pass."""
from __future__ import annotations

import io
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, Callable, Dict, Generic, Iterable, List, Optional, Sequence, Tuple, Type, TypeVar
from urllib.parse import quote

from .._model_base import Model, _dump
from .._types import _UNSET

JSON_CONTENT = "application/json"
OCTET_STREAM = "application/octet-stream"
MAX_IMAGE_BYTES = 6 * 1024 * 1024

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class Call(Generic[T]):
    """A request to make, described without doing any I/O: route, query, body, accepted statuses, result loader.

    Operation methods build one with a builder of this package and hand it to the client's single send path.
    """

    __slots__ = ("method", "path", "params", "headers", "json", "content", "files", "ok", "load", "stream")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        params: Optional[Dict[str, str]] = None,
        headers: Optional[Dict[str, str]] = None,
        json: Any = None,
        content: Any = None,
        files: Any = None,
        ok: Tuple[int, ...] = (200,),
        load: Optional[Callable[[Any], T]] = None,
        stream: bool = False,
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.headers = headers
        self.json = json
        self.content = content
        self.files = files
        self.ok = ok
        self.load = load
        self.stream = stream

    def __repr__(self) -> str:
        return "Call({} {})".format(self.method, self.path)


# --------------------------------------------------------------------------- path and query values


def path_id(value: Any, name: str) -> str:
    """Check a path parameter and percent-encode it for use as one path segment."""
    if not isinstance(value, str):
        raise TypeError("{} must be a string, not {}.".format(name, type(value).__name__))
    if not value:
        raise ValueError("{} must not be empty.".format(name))
    return quote(value, safe="")


def path(template: str, **ids: str) -> str:
    """Fill a route template such as ``/largefacelists/{largeFaceListId}`` with already-encoded ids."""
    return template.format(**ids)


def query(**values: Any) -> Dict[str, str]:
    """Build query parameters, leaving out ``None``; booleans become ``true``/``false``, enums their value."""
    out: Dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            continue
        out[key] = _query_value(value)
    return out


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (list, tuple)):
        return ",".join(_query_value(item) for item in value)
    return str(value)


# --------------------------------------------------------------------------- argument checks


def check_int(name: str, value: Optional[int], low: int, high: int) -> Optional[int]:
    """Check an optional whole number against the service's inclusive range."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("{} must be an int, not {}.".format(name, type(value).__name__))
    if not low <= value <= high:
        raise ValueError("{} must be between {} and {} (inclusive); got {}.".format(name, low, high, value))
    return value


def check_float(name: str, value: Optional[float], low: float, high: float) -> Optional[float]:
    """Check an optional number against the service's inclusive range."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("{} must be a number, not {}.".format(name, type(value).__name__))
    if not low <= value <= high:
        raise ValueError("{} must be between {} and {} (inclusive); got {}.".format(name, low, high, value))
    return value


def check_bool(name: str, value: Optional[bool]) -> Optional[bool]:
    """Check an optional flag."""
    if value is not None and not isinstance(value, bool):
        raise TypeError("{} must be True or False, not {!r}.".format(name, value))
    return value


# Free-text strings the service accepts empty; every other string argument names something (an id, a model, a mode,
# a URL, a display name) and an empty one can only be refused by the service.


def check_str(name: str, value: Any, *, max_length: Optional[int] = None, allow_empty: bool = False) -> Any:
    """Check an optional string: not empty (unless ``allow_empty``: free text), within the service's length limit."""
    if value is None or value is _UNSET:
        return value
    if not isinstance(value, str):
        raise TypeError("{} must be a string, not {}.".format(name, type(value).__name__))
    if not value and not allow_empty:
        raise ValueError("{} must not be empty.".format(name))
    if max_length is not None and len(value) > max_length:
        raise ValueError("{} may hold at most {} characters; got {}.".format(name, max_length, len(value)))
    return value


def check_ids(name: str, value: Any, *, low: int = 1, high: Optional[int] = None) -> Any:
    """Check a list of id strings (non-empty, within the service's count limit)."""
    if value is None or value is _UNSET:
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise TypeError("{} must be a list of id strings, not {}.".format(name, type(value).__name__))
    if len(value) < low:
        raise ValueError("{} must hold at least {} id{}; got an empty list.".format(name, low, "" if low == 1 else "s"))
    if high is not None and len(value) > high:
        raise ValueError("{} may hold at most {} ids; got {}.".format(name, high, len(value)))
    for item in value:
        if not isinstance(item, str):
            raise TypeError("{} must hold strings; found {!r}.".format(name, item))
        if not item:
            raise ValueError("{} must not hold empty strings.".format(name))
    return list(value)


def check_enum_list(name: str, value: Any) -> Any:
    """Check an optional list of enum members or strings."""
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise TypeError("{} must be a list (for example [FaceAttributeTypeDetection03.HEAD_POSE]), not {}.".format(
            name, type(value).__name__))
    for item in value:
        if not isinstance(item, str):
            raise TypeError("{} must hold strings or enum members; found {!r}.".format(name, item))
    return list(value)


def target_face(value: Optional[Sequence[int]]) -> Optional[str]:
    """Format ``target_face`` ([left, top, width, height]) for the query string."""
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)) or len(value) != 4:
        raise ValueError("target_face must be a list of four ints: [left, top, width, height]; got {!r}.".format(value))
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or item < 0:
            raise ValueError("target_face must hold four non-negative ints; got {!r}.".format(value))
    return ",".join(str(item) for item in value)


def image_bytes(name: str, value: Any) -> Any:
    """Check an image given as bytes (or a binary stream) before it is uploaded."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        size = len(value)
        if size == 0:
            raise ValueError("{} is empty: pass the bytes of a JPEG, PNG, GIF or BMP image.".format(name))
        if size > MAX_IMAGE_BYTES:
            raise ValueError("{} is {} bytes; the service accepts images of at most 6 MB.".format(name, size))
        return bytes(value) if not isinstance(value, bytes) else value
    if hasattr(value, "read"):
        if isinstance(value, io.TextIOBase):
            raise TypeError("{} is a text stream: open the image in binary mode, open(path, 'rb').".format(name))
        left = _remaining(value)
        if left == 0:
            raise ValueError("{} is an empty stream (nothing left to read): pass the bytes of a JPEG, PNG, GIF or BMP "
                             "image, or rewind the stream with seek(0).".format(name))
        if left is not None and left > MAX_IMAGE_BYTES:
            raise ValueError("{} holds {} bytes; the service accepts images of at most 6 MB.".format(name, left))
        return value
    raise TypeError(
        "{} must be the image's bytes (for example open(path, 'rb').read()), not {}.".format(name, type(value).__name__)
    )


def _remaining(stream: Any) -> Optional[int]:
    """The bytes left in a seekable stream (its position is kept), or None when that cannot be known."""
    try:
        if not stream.seekable():
            return None
        position = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(position, io.SEEK_SET)
        return int(end - position)
    except (AttributeError, OSError, ValueError, TypeError):
        return None


# --------------------------------------------------------------------------- bodies


def _snake(wire: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "_" + m.group(1).lower(), wire)


def json_body(
    body: Any,
    fields: Dict[str, Any],
    *,
    required: Iterable[str] = (),
    content_type: Optional[str] = None,
) -> Dict[str, Any]:
    """Choose the body of a JSON operation: the caller's ``body`` (mapping, model or stream) or keyword ``fields``.

    ``fields`` maps wire names to the keyword values (``_UNSET``/``None`` are left out); ``required`` names the
    wire keys the keyword form must carry. Returns keyword arguments for ``Call`` (``json=`` or ``content=``).
    """
    given = {key: value for key, value in fields.items() if value is not _UNSET and value is not None}
    if body is _UNSET or body is None:
        missing = [_snake(key) for key in required if key not in given]
        if missing:
            raise TypeError(
                "missing required keyword argument{}: {} (or pass the whole request as `body`).".format(
                    "s" if len(missing) > 1 else "", ", ".join(missing))
            )
        return {"json": {key: _dump(value) for key, value in given.items()}}
    if given:
        raise TypeError(
            "pass either `body` or keyword arguments ({}), not both: keywords given with a body would be "
            "ignored.".format(", ".join(_snake(key) for key in given))
        )
    if isinstance(body, (Model, Mapping)):
        return {"json": _dump(body)}
    if isinstance(body, (bytes, bytearray)) or hasattr(body, "read"):
        return {"content": body, "headers": {"Content-Type": content_type or JSON_CONTENT}}
    raise TypeError(
        "body must be a JSON mapping, a model or a binary stream (IO[bytes]), not {}.".format(type(body).__name__)
    )


def json_call(
    method: str,
    route: str,
    body: Any,
    fields: Dict[str, Any],
    *,
    required: Iterable[str] = (),
    content_type: Optional[str] = None,
    params: Optional[Dict[str, str]] = None,
    ok: Tuple[int, ...] = (200,),
    load: Optional[Callable[[Any], T]] = None,
) -> Call[T]:
    """A call whose body is JSON: the caller's ``body`` or the keyword ``fields`` (see :func:`json_body`)."""
    return Call(method, route, params=params, ok=ok, load=load,
                **json_body(body, fields, required=required, content_type=content_type))


def list_loader(load_item: Callable[[Any], ItemT]) -> Callable[[Any], List[ItemT]]:
    """A loader for a JSON array whose items ``load_item`` converts."""

    def load(data: Any) -> List[ItemT]:
        if data.__class__ is not list:
            raise ValueError("expected a JSON array, got {}".format(type(data).__name__))
        return [load_item(item) for item in data]

    return load



# --------------------------------------------------------------------------- api versions and wire keys


def check_api_version(api_version: Optional[str], operation: str, unsupported: Iterable[str]) -> None:
    """Refuse, before anything is sent, an operation that the client's API version does not offer."""
    if api_version in tuple(unsupported):
        raise ValueError(
            "{} is not available in API version {!r}; create the client with a later api_version "
            "(for example 'v1.2-preview.1').".format(operation, getattr(api_version, "value", api_version))
        )


def wire_keys(body: Mapping[str, Any], model: Type[Model]) -> Dict[str, Any]:
    """Copy a JSON mapping with the Python attribute names of ``model`` turned into wire names.

    Wire names and keys the model does not describe are kept as given; a field given under both names is refused.
    """
    fields = model._attr_to_rest_field
    out: Dict[str, Any] = {}
    for key, value in body.items():
        field = fields.get(key) if isinstance(key, str) else None
        wire = field._rest_name if field is not None else key
        if wire in out:
            raise ValueError("body gives {!r} twice (by its wire name and as {!r}); keep one of them.".format(
                wire, model._rest_to_field[wire]._attr))
        out[wire] = _dump(value)
    return out
