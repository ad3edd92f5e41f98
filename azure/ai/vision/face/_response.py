# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The one response path: status check, error mapping, JSON reuse and result loading (sync and async alike)."""
from __future__ import annotations

import datetime as _dt
import json
import sys
import typing
from enum import Enum
from typing import Any, Callable, Dict, Mapping, Optional, Tuple, Type, TypeVar

from azure.core.exceptions import (
    ClientAuthenticationError,
    DecodeError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
)
from azure.core.pipeline import PipelineResponse
from azure.core.pipeline.policies import ContentDecodePolicy
from azure.core.polling.base_polling import BadResponse, OperationResourcePolling

from ._model_base import Model
from ._requests._base import Call

_E = TypeVar("_E", bound=HttpResponseError)

ERROR_MAP: Dict[int, Type[HttpResponseError]] = {
    304: ResourceNotModifiedError,
    401: ClientAuthenticationError,
    404: ResourceNotFoundError,
    409: ResourceExistsError,
}
"""How HTTP statuses map onto azure-core exceptions; anything else unexpected is an ``HttpResponseError``."""

_NO_BODY = object()


def body_json(pipeline_response: PipelineResponse, *, strict: bool) -> Any:  # type: ignore[type-arg]
    """Return the parsed JSON body, reusing what azure-core's ContentDecodePolicy already parsed.

    With ``strict``, a body that is empty or not JSON raises ``DecodeError``; otherwise it yields ``_NO_BODY``.
    """
    data = pipeline_response.context.get(ContentDecodePolicy.CONTEXT_NAME)
    if data is not None and not isinstance(data, str):
        return data
    response = pipeline_response.http_response
    try:
        text = response.text()
        return json.loads(text) if text else _fail(strict, response, "the response has no body")
    except (ValueError, UnicodeDecodeError) as exc:
        return _fail(strict, response, "the response body is not valid JSON ({})".format(exc))


def error_with_message(error_type: Type[_E], message: str, response: Any, **kwargs: Any) -> _E:
    """Build an azure-core error that says exactly ``message`` and still carries ``response``.

    Given a response, azure-core replaces the message with one parsed from any JSON body holding a ``message`` key
    (a training status, a wrongly shaped answer), which would hide what went wrong; so the response is attached after.
    """
    error = error_type(message=message, **kwargs)
    error.response = response
    if response is not None:
        error.status_code = response.status_code
        error.reason = response.reason
    return error


def _fail(strict: bool, response: Any, why: str) -> Any:
    if strict:
        raise error_with_message(
            DecodeError,
            "Could not read the service's answer: {} (HTTP {}, Content-Type {!r}).".format(
                why, response.status_code, response.headers.get("Content-Type")
            ),
            response,
        )
    return _NO_BODY


def raise_error(
    pipeline_response: PipelineResponse,  # type: ignore[type-arg]
    error_map: Optional[Mapping[int, Any]] = None,
) -> None:
    """Raise the azure-core exception for an unexpected status, with the Face error body as ``.model``.

    ``.error.code`` and ``.error.message`` come from the service's ``{"error": {"code", "message"}}`` body; a body
    that is empty, HTML or otherwise not that shape still raises, with the HTTP status in the message.
    """
    raise_status(pipeline_response.http_response, body_json(pipeline_response, strict=False), error_map)


def raise_status(response: Any, data: Any = _NO_BODY, error_map: Optional[Mapping[int, Any]] = None) -> None:
    """Raise the mapped error for ``response``'s status; ``data`` is its parsed body, if any could be read.

    Also used when the body of an error status cannot even be decoded (garbled JSON, a bad gzip stream): the
    status decides the exception type, so ``ResourceNotFoundError`` stays catchable whatever the body holds.
    """
    from .models import FaceErrorResponse  # pylint: disable=import-outside-toplevel

    model = None
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        model = FaceErrorResponse._from_wire(data)
    status = response.status_code
    error_type: Any = None
    if error_map:
        error_type = error_map.get(status)
    if error_type is None:
        error_type = ERROR_MAP.get(status, HttpResponseError)
    raise error_type(response=response, model=model)


def handle(
    call: "Call[Any]",
    pipeline_response: PipelineResponse,  # type: ignore[type-arg]
    cls: Optional[Callable[..., Any]] = None,
    error_map: Optional[Mapping[int, Any]] = None,
) -> Any:
    """Turn a finished (non-streamed) response into the operation's result, or raise its error."""
    response = pipeline_response.http_response
    if response.status_code not in call.ok:
        raise_error(pipeline_response, error_map)
    load = call.load
    result = None
    if load is not None:
        data = body_json(pipeline_response, strict=True)
        try:
            result = load(data)
            check_shape(result)
        except (ValueError, TypeError, AttributeError) as exc:
            raise error_with_message(
                DecodeError, "The service's answer does not have the expected shape: {}".format(exc), response
            ) from exc
    if cls is not None:
        return cls(pipeline_response, result, declared_headers(call, response))
    return result


def declared_headers(call: "Call[Any]", response: Any) -> Dict[str, Any]:
    """The response headers the operation declares (``cls=``'s third argument): none for JSON operations."""
    return {name: response.headers.get(name) for name in call.headers_out}


class TrainingStatusPolling(OperationResourcePolling):  # type: ignore[type-arg]
    """Reads a training operation's status (``operation-Location``; ``status`` in the JSON body).

    The status check lives here, in the polling strategy: a body that is not a JSON object raises azure-core's
    ``BadResponse``, which the poller (the one boundary) turns into ``HttpResponseError``, exactly as it does for a
    missing status. A ``failed`` status is azure-core's business too: the poller raises ``HttpResponseError`` with
    ``.error`` parsed from the status body, so ``.error.message`` is the service's explanation.
    """

    def get_status(self, pipeline_response: PipelineResponse) -> str:  # type: ignore[type-arg]
        data = body_json(pipeline_response, strict=False)
        if not isinstance(data, dict):
            raise BadResponse("The training status is not a JSON object: {!r:.200}".format(
                pipeline_response.http_response.text()))
        return super().get_status(pipeline_response)


# --------------------------------------------------------------------------- shape check ("never a partial model")
#
# Decision: models are lazy views, so a result is checked once, eagerly, before the call returns -- as deep as is
# certain and cheap:
#   * the result's JSON kind (array or object), and that every item of an array result is an object;
#   * in each result object, every field present (not null) has the JSON kind its type demands (object, array,
#     string, number, true/false; enums and date-times are strings), so no attribute read can meet a value of the
#     wrong kind at that level;
#   * nested objects and arrays of the contract's *required* fields (``faceRectangle``, ``candidates``, ``groups``,
#     ...) are checked the same way, recursively; optional nested objects (landmarks, attributes, ...) have their own
#     kind checked where they appear, and their insides are left to the lazy views, which raise azure-core's
#     ``DeserializationError`` on the first read of a wrongly shaped value.
# Absent fields are NOT rejected, even those the spec calls required: the service omits some of them in practice (a
# training status carries no ``lastSuccessfulTrainingDateTime`` before a first success), and the published SDK returns
# such models with ``None`` there. A missing field is data as sent, not garbled data. Unknown keys are kept.
# Cost: one pass, no copies, exact-class tests only -- well under a microsecond per result object and nothing per
# optional subtree, so the model core keeps its raw-JSON speed. A failure raises ``DecodeError`` (see ``handle``).

_Rule = Tuple[str, bool, Optional[Tuple[type, ...]], Any, Optional[Tuple[type, ...]], Any]
_RULES: Dict[type, Tuple[_Rule, ...]] = {}
_NONE = type(None)
_KIND_NAMES = {str: "a string", bool: "true or false", int: "a number", float: "a number", dict: "an object",
               list: "an array"}


def _kinds(tp: Any) -> Tuple[Optional[Tuple[type, ...]], Any, Optional[Tuple[type, ...]], Any]:
    """(accepted exact classes, nested model, accepted item classes, item model) for an annotation."""
    origin = typing.get_origin(tp)
    if origin is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not _NONE]
        if len(args) == 1:
            return _kinds(args[0])
        if str in args and all(a is str or (isinstance(a, type) and issubclass(a, Enum)) for a in args):
            return (str,), None, None, None
        return None, None, None, None
    if origin in (list, typing.List):
        items = typing.get_args(tp)
        item, item_model, _, _ = _kinds(items[0]) if items else (None, None, None, None)
        return (list,), None, item, item_model
    if origin in (dict, typing.Dict):
        return (dict,), None, None, None
    if tp is bool:
        return (bool,), None, None, None
    if tp is int:
        return (int,), None, None, None
    if tp is float:
        return (int, float), None, None, None
    if tp is str or tp is _dt.datetime:
        return (str,), None, None, None
    if isinstance(tp, type) and issubclass(tp, Enum):
        return (str,), None, None, None
    if isinstance(tp, type) and issubclass(tp, Model):
        return (dict,), tp, None, None
    return None, None, None, None


def _rules(cls: type) -> Tuple[_Rule, ...]:
    rules = _RULES.get(cls)
    if rules is not None:
        return rules
    try:
        hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))
    except Exception:  # pylint: disable=broad-except
        hints = {}  # annotations that cannot be resolved: nothing is checked eagerly
    built = []
    for attr, field in getattr(cls, "_attr_to_rest_field", {}).items():
        tp = hints.get(attr, Any)
        required = typing.get_origin(tp) is not typing.Union or _NONE not in typing.get_args(tp)
        if tp is Any:
            required = False
        kinds, model, item_kinds, item_model = _kinds(tp)
        built.append((field._rest_name, required, kinds, model, item_kinds, item_model))
    _RULES[cls] = result = tuple(built)
    return result


def _bad(cls: type, wire: str, kinds: Tuple[type, ...], value: Any) -> ValueError:
    return ValueError("{}.{} should be {}, not {} ({!r:.60})".format(
        cls.__name__, wire, _KIND_NAMES.get(kinds[-1], "of another kind"), type(value).__name__, value))


_CHECKERS: Dict[type, Callable[[Any], None]] = {}


def _kind_test(var: str, kinds: Tuple[type, ...], names: Dict[str, Any]) -> str:
    """Python source that is true when ``var``'s exact class is not one of ``kinds``."""
    parts = []
    for kind in kinds:
        names[kind.__name__] = kind
        parts.append("{}.__class__ is not {}".format(var, kind.__name__))
    return " and ".join(parts)


def _checker(cls: type) -> Callable[[Any], None]:
    """The check of one class's JSON object, compiled once into straight-line code (no per-field loop)."""
    checker = _CHECKERS.get(cls)
    if checker is not None:
        return checker
    names: Dict[str, Any] = {"_cls": cls, "_bad": _bad, "_checker": _checker}
    lines = ["def check(d):", "    if d.__class__ is not dict:",
             "        raise ValueError('{} should be a JSON object, not ' + type(d).__name__)".format(cls.__name__),
             "    g = d.get"]
    for index, (wire, required, kinds, model, item_kinds, item_model) in enumerate(_rules(cls)):
        if kinds is None:
            continue
        names["_k%d" % index] = kinds
        lines += ["    v = g(%r)" % wire, "    if v is not None:",
                  "        if %s: raise _bad(_cls, %r, _k%d, v)" % (_kind_test("v", kinds, names), wire, index)]
        if not required:
            continue
        if model is not None:
            names["_m%d" % index] = model
            lines.append("        _checker(_m%d)(v)" % index)
        elif item_kinds is not None:
            names["_i%d" % index] = item_kinds
            lines += ["        for x in v:",
                      "            if %s: raise _bad(_cls, %r, _i%d, x)" % (
                          _kind_test("x", item_kinds, names), wire + "[]", index)]
            if item_model is not None:
                names["_im%d" % index] = item_model
                lines.append("            _checker(_im%d)(x)" % index)
    exec("\n".join(lines), names)  # pylint: disable=exec-used
    checker = names["check"]
    _CHECKERS[cls] = checker
    return checker  # type: ignore[no-any-return]


def check_shape(result: Any) -> None:
    """Check a freshly loaded result (a model or a list of models) against its contract; raise ValueError if off."""
    if isinstance(result, Model):
        _checker(type(result))(result._data)
    elif result.__class__ is list and result:
        first = result[0]
        if isinstance(first, Model):
            cls = type(first)
            check = _checker(cls)
            for item in result:
                if item.__class__ is cls:
                    check(item._data)
                elif isinstance(item, Model):
                    _checker(type(item))(item._data)
