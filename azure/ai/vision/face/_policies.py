# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The pipeline policies of our own: secret-redacting logging and the guard that turns a corrupt compressed body
into azure-core's ``DecodeError``. The configuration (``_config.py``) puts them in the pipeline."""
from __future__ import annotations

import logging
import re
import zlib
from typing import Union

from azure.core.exceptions import DecodeError
from azure.core.pipeline import PipelineRequest, PipelineResponse, policies

KEY_HEADER = "Ocp-Apim-Subscription-Key"

# Headers that must not follow a redirect to another host: azure-core's defaults plus the subscription key.
BLOCKED_REDIRECT_HEADERS = ["Authorization", "x-ms-authorization-auxiliary", KEY_HEADER]

# Headers whose values never reach a log, whatever the logging policy's allowlist says.
_SECRET_HEADERS = frozenset(name.lower() for name in BLOCKED_REDIRECT_HEADERS + ["Cookie", "Set-Cookie", "Proxy-Authorization"])
_REDACTED = "REDACTED"
# Secrets in JSON bodies: the liveness session token handed to client applications.
_SECRET_BODY_FIELDS = re.compile(r'("authToken"\s*:\s*")[^"]*(")')
_NETWORK_LOGGER = logging.getLogger("azure.core.pipeline.policies._universal")


def _redact_body(text: str) -> str:
    return _SECRET_BODY_FIELDS.sub(r"\1" + _REDACTED + r"\2", text) if "authToken" in text else text


class NetworkTraceLoggingPolicy(policies.NetworkTraceLoggingPolicy):
    """azure-core's network trace (``logging_enable=True``), with secrets redacted (same name, same logger, same format).

    azure-core's own policy writes every request header as is, so the subscription key and bearer tokens would land
    in DEBUG logs. This one writes the same trace, to the same logger, with the values of ``Ocp-Apim-Subscription-Key``,
    ``Authorization`` and the other secret headers replaced by ``REDACTED``, and liveness ``authToken`` values in
    bodies likewise.
    """

    def on_request(self, request: PipelineRequest) -> None:  # type: ignore[type-arg]
        http_request = request.http_request
        options = request.context.options
        logging_enable = options.pop("logging_enable", self.enable_http_logger)
        request.context["logging_enable"] = logging_enable
        if not logging_enable or not _NETWORK_LOGGER.isEnabledFor(logging.DEBUG):
            return
        try:
            lines = ["Request URL: '{}'".format(http_request.url), "Request method: '{}'".format(http_request.method),
                     "Request headers:"]
            lines.extend("    '{}': '{}'".format(name, _REDACTED if name.lower() in _SECRET_HEADERS else value)
                         for name, value in http_request.headers.items())
            lines.append("Request body:")
            body = http_request.body
            if body is None or body == b"" or body == "":
                lines.append("This request has no body")
            elif isinstance(body, (bytes, bytearray)):
                lines.append("{} bytes".format(len(body)) if not _is_text(body) else _redact_body(body.decode()))
            elif isinstance(body, str):
                lines.append(_redact_body(body))
            else:
                lines.append("File upload")
            _NETWORK_LOGGER.debug("\n".join(lines))
        except Exception as err:  # pylint: disable=broad-except
            _NETWORK_LOGGER.debug("Failed to log request: %r", err)

    def on_response(self, request: PipelineRequest, response: PipelineResponse) -> None:  # type: ignore[type-arg]
        http_response = response.http_response
        try:
            if not response.context.get("logging_enable") or not _NETWORK_LOGGER.isEnabledFor(logging.DEBUG):
                return
            lines = ["Response status: '{}'".format(http_response.status_code), "Response headers:"]
            lines.extend("    '{}': '{}'".format(name, _REDACTED if name.lower() in _SECRET_HEADERS else value)
                         for name, value in http_response.headers.items())
            lines.append("Response content:")
            content_type = http_response.headers.get("content-type", "")
            if content_type.endswith("octet-stream") or content_type.startswith("image"):
                lines.append("Body contains binary data.")
            elif response.context.options.get("stream", False):
                lines.append("Body is streamable.")
            else:
                lines.append(_redact_body(http_response.text()))
            _NETWORK_LOGGER.debug("\n".join(lines))
        except Exception as err:  # pylint: disable=broad-except
            _NETWORK_LOGGER.debug("Failed to log response: %r", err)


def _is_text(body: Union[bytes, bytearray]) -> bool:
    try:
        body.decode()
    except UnicodeDecodeError:
        return False
    return True


class HttpLoggingPolicy(policies.HttpLoggingPolicy):
    """azure-core's HttpLoggingPolicy, which never writes the values of secret headers, even when allowlisted."""

    def _redact_header(self, key: str, value: str) -> str:
        if key.lower() in _SECRET_HEADERS:
            return self.REDACTED_PLACEHOLDER
        return super()._redact_header(key, value)


def _undecodable(exc: Exception) -> DecodeError:
    return DecodeError(
        message="Could not decode the service's answer: its compressed (Content-Encoding) stream is corrupt ({}).".format(exc),
        error=exc,
    )


class DecodeGuardPolicy(policies.HTTPPolicy):  # type: ignore[type-arg]
    """Turns a corrupt compressed body (``zlib.error`` from the transport) into azure-core's ``DecodeError``.

    It sits next to the transport, inside the retry policy, so the retry rules apply to it as to any read error.
    """

    def send(self, request: PipelineRequest) -> PipelineResponse:  # type: ignore[type-arg]
        try:
            return self.next.send(request)
        except zlib.error as exc:
            raise _undecodable(exc) from exc


class AsyncDecodeGuardPolicy(policies.AsyncHTTPPolicy):  # type: ignore[type-arg]
    """The asynchronous twin of ``DecodeGuardPolicy``."""

    async def send(self, request: PipelineRequest) -> PipelineResponse:  # type: ignore[type-arg]
        try:
            return await self.next.send(request)
        except zlib.error as exc:
            raise _undecodable(exc) from exc
