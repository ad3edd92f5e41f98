# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""What every request builder shares: the ``Call`` description, path and query encoding, and JSON bodies."""
from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, Callable, Dict, Generic, Iterable, List, Optional, Tuple, Type, TypeVar
from urllib.parse import quote

from .._model_base import Model, _dump
from .._types import _UNSET
from ._versions import check_api_version as check_api_version  # the one table of what each version lacks

JSON_CONTENT = "application/json"
OCTET_STREAM = "application/octet-stream"

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class Call(Generic[T]):
    """A request to make, described without doing any I/O: route, query, body, accepted statuses, result loader.

    ``accept`` is the Accept header the operation sends; ``headers_out`` names the response headers the operation
    declares (handed to ``cls=`` as its third argument); ``stream`` returns the body as an iterator of bytes.

    Operation methods build one with a builder of this package and hand it to the client's single send path.
    """

    __slots__ = ("method", "path", "params", "headers", "json", "content", "files", "ok", "load", "stream", "accept",
                 "headers_out")

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
        accept: str = JSON_CONTENT,
        headers_out: Tuple[str, ...] = (),
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
        self.accept = accept
        self.headers_out = headers_out

    def __repr__(self) -> str:
        return "Call({} {})".format(self.method, self.path)


# --------------------------------------------------------------------------- path and query values
#
# Service parameters are not checked here (Azure SDK guideline): ranges, lengths, id patterns and image sizes are
# the service's to refuse, with a 400 that surfaces as HttpResponseError. Values are only put on the wire.


def path_id(value: Any) -> str:
    """Percent-encode a path parameter as one path segment (``/`` included), as azure-core's serializer does."""
    return quote(str(value), safe="")


def path(template: str, **ids: Any) -> str:
    """Fill a route template such as ``/largefacelists/{largeFaceListId}``, percent-encoding each id."""
    return template.format(**{name: path_id(value) for name, value in ids.items()})


def query(**values: Any) -> Dict[str, str]:
    """Build the operation's query parameters, already percent-encoded (a space is ``%20``), leaving out ``None``.

    Booleans become ``true``/``false``, enums their value, lists their items joined by ``,`` (an empty list sends
    the parameter with an empty value). Values are encoded here so that every transport sends the same bytes.
    """
    out: Dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out[key] = ",".join(_query_value(item) for item in value)
        else:
            out[key] = _query_value(value)
    return out


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        value = value.value
    return quote(str(value), safe="")


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
    wire keys the keyword form must carry (a missing one is a missing Python argument: TypeError). A given ``body``
    is sent as it is and the keywords are ignored. Returns keyword arguments for ``Call`` (``json=`` or
    ``content=``).
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
    # the body wins: keyword fields given with it are ignored, as with the published package
    if isinstance(body, (Model, Mapping)):
        return {"json": _dump(body)}
    if isinstance(body, (bytes, bytearray)) or hasattr(body, "read"):
        return {"content": body, "headers": {"Content-Type": content_type or JSON_CONTENT}}
    return {"json": _dump(body)}


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
