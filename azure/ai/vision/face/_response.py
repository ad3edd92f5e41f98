# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The one response path: status check, error mapping, JSON reuse and result loading (sync and async alike)."""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, Mapping, Optional, Type, TypeVar

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

from ._model_base import check_shape  # the shape check lives with the field tables it reads
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
