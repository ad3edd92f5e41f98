# GENERATED from azure/ai/vision/face/aio/operations/_base.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The send path every operation goes through, and long-running training, for the synchronous clients."""
from __future__ import annotations

import io
from typing import Any, Callable, Optional, TypeVar, Union

from azure.core.exceptions import DecodeError
from azure.core.pipeline import PipelineResponse
from azure.core.polling import LROPoller, NoPolling, PollingMethod
from azure.core.polling.base_polling import LROBasePolling
from azure.core.rest import HttpRequest
from azure.core.utils import case_insensitive_dict

from azure.ai.vision.face import _response
from azure.ai.vision.face._config import FaceClientConfiguration
from azure.ai.vision.face._requests._base import Call
from azure.ai.vision.face._types import _UNSET

T = TypeVar("T")


_LARGE_BODY = 1024 * 1024


def _large_as_stream(content: Any) -> Any:
    """Hand bodies over 1 MiB (images) to the transport as a seekable stream of the same bytes.

    Both client flavours do this, so they send large bodies the same way: in chunks, with the same Content-Length,
    and azure-core's retry policy rewinds the stream before replaying a request. It matters most for aiohttp (the
    default synchronous transport), which warns (ResourceWarning) that a large ``bytes`` body may block the event
    loop; requests streams it just the same.
    """
    if content.__class__ is bytes and len(content) > _LARGE_BODY:
        return io.BytesIO(content)
    return content


class OperationsBase:
    """What operation classes share: the pipeline client, the configuration and the one send path."""

    def __init__(self, client: Any, config: FaceClientConfiguration) -> None:
        self._client = client
        self._config = config

    def _request(self, call: Call[Any], kwargs: Any) -> HttpRequest:
        # As published: the caller's headers= win over the operation's (Accept and Content-Type included). The
        # caller's params= come first in the query and go to the transport as given; the operation's own values
        # (already percent-encoded) follow them and win on a clash.
        headers = case_insensitive_dict(call.headers or {})
        headers["Accept"] = call.accept
        headers.update(kwargs.pop("headers", None) or {})
        params = dict(kwargs.pop("params", None) or {})
        params.update(call.params or {})
        return HttpRequest(
            call.method,
            self._config.base_url + call.path,
            params=params,
            headers=headers,
            json=call.json,
            content=_large_as_stream(call.content),
            files=call.files,
        )

    def _send(self, call: Call[T], **kwargs: Any) -> T:
        cls = kwargs.pop("cls", None)
        error_map = kwargs.pop("error_map", None)
        stream: bool = kwargs.pop("stream", call.stream)
        request = self._request(call, kwargs)
        try:
            pipeline_response: PipelineResponse = self._client._pipeline.run(  # type: ignore[type-arg]
                request, stream=stream, **kwargs
            )
        except DecodeError as exc:
            # an error status whose body is not even valid JSON: the status, not the body, decides what is raised
            if exc.response is not None and exc.response.status_code not in call.ok:
                _response.raise_status(exc.response, error_map=error_map)
            raise
        response = pipeline_response.http_response
        if not stream:
            return _response.handle(call, pipeline_response, cls, error_map)  # type: ignore[no-any-return]
        if response.status_code not in call.ok:
            response.read()
            _response.raise_error(pipeline_response, error_map)
        chunks = response.iter_bytes()
        if cls:
            return cls(pipeline_response, chunks, _response.declared_headers(call, response))  # type: ignore[no-any-return]
        return chunks  # type: ignore[no-any-return]

    def _begin(
        self,
        call: Union[Call[Any], Callable[[], Call[Any]]],
        *,
        load: Optional[Callable[[Any], Any]] = None,
        locate: Any = _UNSET,
        **kwargs: Any
    ) -> LROPoller[Any]:
        """Start a long-running operation (202 + ``operation-Location``) and return its poller.

        Training passes neither ``load`` nor ``locate``: its result is None. A person directory operation passes the
        loader of its result and ``locate`` (see ``_response.OperationPolling``); deletes pass ``locate=None``.
        ``call`` may be a function building the request: it is not built when a ``continuation_token`` resumes the
        operation, so the request's keywords (a body's required fields) need not be given again.
        """
        polling: Any = kwargs.pop("polling", True)
        interval: float = kwargs.pop("polling_interval", self._config.polling_interval)
        token: Optional[str] = kwargs.pop("continuation_token", None)
        cls = kwargs.pop("cls", None)

        def result(pipeline_response: Any) -> Any:
            value = _response.lro_result(load, pipeline_response)
            return cls(pipeline_response, value, {}) if cls else value

        strategy = _response.TrainingStatusPolling() if locate is _UNSET else _response.OperationPolling(locate)
        method: PollingMethod[Any]
        if polling is True:
            method = LROBasePolling(
                interval,
                lro_algorithms=[strategy],
                path_format_arguments={"endpoint": self._config.endpoint, "apiVersion": self._config.api_version},
                **kwargs,
            )
        elif polling is False:
            method = NoPolling()  # type: ignore[no-untyped-call]
        else:
            method = polling
        if token:
            return LROPoller.from_continuation_token(
                polling_method=method, continuation_token=token, client=self._client, deserialization_callback=result
            )
        if not isinstance(call, Call):
            call = call()
        initial = self._send(call, cls=lambda pipeline_response, _data, _headers: pipeline_response, **kwargs)
        return LROPoller(self._client, initial, result, method)
