"""In-memory azure-core transports, in the style of httpx's ``MockTransport``: a handler answers each request.

``MockTransport(handler)`` (sync) and ``AsyncMockTransport(handler)`` hand every request the pipeline sends to
``handler(request) -> Answer`` and return the answer as an azure-core ``HttpResponse``; nothing touches a socket.
Both keep the requests they saw in ``requests`` and the delays the pipeline asked to wait in ``sleeps``, so a test
checks a wire detail (or a retry/poll delay) exactly, without a server and without waiting.
"""
from __future__ import annotations

import json as _json
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Mapping, Optional, Union

from azure.core.pipeline.transport import AsyncHttpTransport, HttpTransport
from azure.core.rest import HttpRequest
from azure.core.rest._http_response_impl import HttpResponseImpl
from azure.core.rest._http_response_impl_async import AsyncHttpResponseImpl
from azure.core.utils import case_insensitive_dict


class Answer:
    """What the handler returns: a status, headers and a body (bytes, text, or JSON given as ``json=``)."""

    def __init__(self, status: int = 200, headers: Optional[Mapping[str, str]] = None, body: Union[bytes, str] = b"",
                 *, json: Any = None) -> None:
        self.status = status
        self.headers = dict(headers or {})
        if json is not None:
            body = _json.dumps(json)
            self.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        self.body = body.encode() if isinstance(body, str) else body


Handler = Callable[[HttpRequest], Answer]


class _Closeable:
    def close(self) -> None:
        pass


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _sync_response(request: HttpRequest, answer: Answer) -> HttpResponseImpl:
    def download(pipeline: Any = None, response: Any = None, **kwargs: Any) -> Iterator[bytes]:
        yield answer.body

    headers = case_insensitive_dict(answer.headers)
    return HttpResponseImpl(request=request, internal_response=_Closeable(), status_code=answer.status,
                            reason=_reason(answer.status), content_type=headers.get("Content-Type"),
                            headers=headers, stream_download_generator=download)


class _AsyncCloseable:
    async def close(self) -> None:
        pass

    def release(self) -> None:
        pass


class _AsyncResponse(AsyncHttpResponseImpl):
    async def close(self) -> None:
        self._is_closed = True


def _async_response(request: HttpRequest, answer: Answer) -> AsyncHttpResponseImpl:
    async def download(pipeline: Any = None, response: Any = None, **kwargs: Any) -> AsyncIterator[bytes]:
        yield answer.body

    headers = case_insensitive_dict(answer.headers)
    return _AsyncResponse(request=request, internal_response=_AsyncCloseable(), status_code=answer.status,
                          reason=_reason(answer.status), content_type=headers.get("Content-Type"),
                          headers=headers, stream_download_generator=download)


class MockTransport(HttpTransport):  # type: ignore[type-arg]
    """A synchronous transport whose answers come from ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: List[HttpRequest] = []
        self.sleeps: List[float] = []

    def send(self, request: HttpRequest, *, stream: bool = False, **kwargs: Any) -> HttpResponseImpl:  # type: ignore[override]
        self.requests.append(request)
        response = _sync_response(request, self.handler(request))
        if not stream:
            response.read()
        return response

    def sleep(self, duration: float) -> None:
        self.sleeps.append(duration)

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> "MockTransport":
        return self

    def __exit__(self, *args: Any) -> None:
        pass


class AsyncMockTransport(AsyncHttpTransport):  # type: ignore[type-arg]
    """An asynchronous transport whose answers come from ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: List[HttpRequest] = []
        self.sleeps: List[float] = []

    async def send(self, request: HttpRequest, *, stream: bool = False, **kwargs: Any) -> AsyncHttpResponseImpl:  # type: ignore[override]
        self.requests.append(request)
        response = _async_response(request, self.handler(request))
        if not stream:
            await response.read()
        return response

    async def sleep(self, duration: float) -> None:
        self.sleeps.append(duration)

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> "AsyncMockTransport":
        return self

    async def __aexit__(self, *args: Any) -> None:
        pass


def replay(answers: List[Answer]) -> Handler:
    """A handler that gives ``answers`` in order (and fails the test when asked for more)."""
    queue = list(answers)

    def handler(request: HttpRequest) -> Answer:
        if not queue:
            raise AssertionError("unexpected extra request: {} {}".format(request.method, request.url))
        return queue.pop(0)

    return handler


def body_of(request: HttpRequest) -> Dict[str, Any]:
    """The body of a request as sent: ``{"json": ...}``, ``{"bytes": ...}``, ``{"parts": ...}`` or ``{}``."""
    files = getattr(request, "_files", None)
    if files:
        parts = {}
        for name, value in files.items():
            filename, data, _ctype = (tuple(value) + (None, None))[:3]
            if hasattr(data, "read"):
                data = data.read()
            parts[name] = {"filename": filename, "data": data if isinstance(data, bytes) else str(data).encode()}
        return {"parts": parts}
    content = request.content
    if content is None:
        return {}
    if hasattr(content, "read"):
        position = content.tell()
        data = content.read()
        content.seek(position)
        content = data
    if isinstance(content, str):
        content = content.encode()
    return {"bytes": bytes(content)}
