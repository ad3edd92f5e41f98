# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The send path every operation goes through, and long-running training, for the asynchronous clients."""
from __future__ import annotations

import io
from typing import Any, Optional, TypeVar

from azure.core.exceptions import DecodeError, HttpResponseError
from azure.core.pipeline import PipelineResponse
from azure.core.polling import AsyncLROPoller, AsyncNoPolling, AsyncPollingMethod
from azure.core.polling.async_base_polling import AsyncLROBasePolling
from azure.core.polling.base_polling import OperationResourcePolling
from azure.core.rest import HttpRequest

from azure.ai.vision.face import _response
from azure.ai.vision.face._config import FaceClientConfiguration
from azure.ai.vision.face._requests._base import Call

T = TypeVar("T")


class AsyncTrainingPolling(AsyncLROBasePolling):  # type: ignore[type-arg]
    """Polls a training operation (``operation-Location``, ``status`` in the body) until it ends.

    A failed training raises ``HttpResponseError`` whose message carries the service's own explanation; a status
    body of the wrong shape raises ``DecodeError`` (azure-core's polling would let a bare ``AttributeError`` out).
    """

    async def run(self) -> None:
        try:
            await super().run()
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            pipeline_response = getattr(self, "_pipeline_response", None)
            raise _response.error_with_message(
                DecodeError,
                "The training status from the service does not have the expected shape: {!r}".format(exc),
                getattr(pipeline_response, "http_response", None),
                error=exc,
            ) from exc
        except HttpResponseError as exc:
            message = _response.training_failure(getattr(self, "_pipeline_response", None))
            if message is None:
                raise
            raise _response.error_with_message(HttpResponseError, message, exc.response, error=exc.error) from exc


_LARGE_BODY = 1024 * 1024


def _large_as_stream(content: Any) -> Any:
    """Hand bodies over 1 MiB (images) to the transport as a seekable stream of the same bytes.

    aiohttp warns (ResourceWarning) that a large ``bytes`` body may block the event loop; a ``BytesIO`` is sent in
    chunks with the same Content-Length, and azure-core's retry policy rewinds it before replaying the request.
    """
    if content.__class__ is bytes and len(content) > _LARGE_BODY:
        return io.BytesIO(content)
    return content


class AsyncOperationsBase:
    """What operation classes share: the pipeline client, the configuration and the one send path."""

    def __init__(self, client: Any, config: FaceClientConfiguration) -> None:
        self._client = client
        self._config = config

    def _request(self, call: Call[Any], kwargs: Any) -> HttpRequest:
        headers = kwargs.pop("headers", None)
        params = kwargs.pop("params", None)
        request = HttpRequest(
            call.method,
            self._config.base_url + call.path,
            params={**call.params, **params} if (params and call.params) else (params or call.params),
            headers={**call.headers, **headers} if (headers and call.headers) else (headers or call.headers),
            json=call.json,
            content=_large_as_stream(call.content),
            files=call.files,
        )
        return request

    async def _send(self, call: Call[T], **kwargs: Any) -> T:
        cls = kwargs.pop("cls", None)
        error_map = kwargs.pop("error_map", None)
        request = self._request(call, kwargs)
        try:
            pipeline_response: PipelineResponse = await self._client._pipeline.run(  # type: ignore[type-arg]
                request, stream=call.stream, **kwargs
            )
        except DecodeError as exc:
            # an error status whose body is not even valid JSON: the status, not the body, decides what is raised
            if exc.response is not None and exc.response.status_code not in call.ok:
                _response.raise_status(exc.response, error_map=error_map)
            raise
        if call.stream:
            response = pipeline_response.http_response
            if response.status_code not in call.ok:
                await response.read()
                _response.raise_error(pipeline_response, error_map)
            stream = response.iter_bytes()
            return cls(pipeline_response, stream, dict(response.headers)) if cls else stream  # type: ignore[no-any-return]
        return _response.handle(call, pipeline_response, cls, error_map)  # type: ignore[no-any-return]

    async def _begin(self, call: Call[Any], **kwargs: Any) -> AsyncLROPoller[None]:
        polling: Any = kwargs.pop("polling", True)
        interval: float = kwargs.pop("polling_interval", self._config.polling_interval)
        token: Optional[str] = kwargs.pop("continuation_token", None)
        cls = kwargs.pop("cls", None)

        def result(pipeline_response: Any) -> Any:
            return cls(pipeline_response, None, {}) if cls else None

        method: AsyncPollingMethod[None]
        if polling is True:
            method = AsyncTrainingPolling(
                interval,
                lro_algorithms=[OperationResourcePolling()],
                path_format_arguments={"endpoint": self._config.endpoint, "apiVersion": self._config.api_version},
                **kwargs,
            )
        elif polling is False:
            method = AsyncNoPolling()  # type: ignore[no-untyped-call]
        else:
            method = polling
        if token:
            return AsyncLROPoller.from_continuation_token(
                polling_method=method, continuation_token=token, client=self._client, deserialization_callback=result
            )
        initial = await self._send(call, cls=lambda pipeline_response, _data, _headers: pipeline_response, **kwargs)
        return AsyncLROPoller(self._client, initial, result, method)
