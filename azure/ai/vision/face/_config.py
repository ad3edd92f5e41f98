# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The one configuration every client (sync and async) is built from: endpoint, API version, auth and policies."""
from __future__ import annotations

import inspect
import re
from typing import Any, List, Optional
from urllib.parse import urlparse

from azure.core.credentials import AzureKeyCredential
from azure.core.pipeline import policies

from ._policies import (
    BLOCKED_REDIRECT_HEADERS,
    KEY_HEADER,
    AsyncDecodeGuardPolicy,
    DecodeGuardPolicy,
    HttpLoggingPolicy,
    NetworkTraceLoggingPolicy,
)
from ._version import VERSION

DEFAULT_API_VERSION = "v1.2-preview.1"
DEFAULT_SCOPE = "https://cognitiveservices.azure.com/.default"
BASE_URL_TEMPLATE = "{endpoint}/face/{apiVersion}"

# The usual endpoint shape (http(s), DNS name or IPv4 address, optional port 0-65535, optional trailing slash) is
# accepted without parsing: a client is built in a few tens of microseconds and the full check below costs several.
# Anything else takes the full check, which accepts everything this pattern does.
_PLAIN_ENDPOINT = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"(?::(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?/?"
)


def _check_endpoint(endpoint: Any) -> str:
    if isinstance(endpoint, str) and _PLAIN_ENDPOINT.fullmatch(endpoint):
        return endpoint.rstrip("/")
    if endpoint is None:
        raise ValueError("Parameter 'endpoint' must not be None.")
    if not isinstance(endpoint, str):
        raise TypeError("endpoint must be a string such as 'https://<resource-name>.cognitiveservices.azure.com/', "
                        "not {}.".format(type(endpoint).__name__))
    text = endpoint.strip()
    parsed = urlparse(text)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        raise ValueError("endpoint must be an absolute http(s) URL such as "
                         "'https://<resource-name>.cognitiveservices.azure.com/'; got {!r}.".format(endpoint))
    if parsed.query or parsed.fragment:
        raise ValueError("endpoint must not carry a query string or fragment; got {!r}.".format(endpoint))
    if parsed.username is not None or parsed.password is not None:
        raise ValueError("endpoint must not embed credentials (user:password@); pass the key or token credential as "
                         "`credential` instead.")
    try:
        parsed.port  # pylint: disable=pointless-statement
    except ValueError:
        raise ValueError("endpoint has an invalid port; got {!r}.".format(endpoint)) from None
    if not parsed.hostname or any(ch.isspace() for ch in text):
        raise ValueError("endpoint must be an absolute http(s) URL with a host name and no spaces, such as "
                         "'https://<resource-name>.cognitiveservices.azure.com/'; got {!r}.".format(endpoint))
    return text.rstrip("/")


class FaceClientConfiguration:  # pylint: disable=too-many-instance-attributes
    """Settings shared by the Face clients: endpoint, API version, credential and the pipeline's policies.

    :param str endpoint: The Face resource endpoint, for example ``https://<name>.cognitiveservices.azure.com/``.
    :param credential: An ``AzureKeyCredential`` (sent as the ``Ocp-Apim-Subscription-Key`` header) or a token
        credential (sent as a bearer token).
    :keyword str api_version: The Face API version; ``v1.2-preview.1`` by default.
    :keyword list[str] credential_scopes: The scopes to request tokens for.
    :keyword bool is_async: Build the asynchronous flavour of the policies.
    """

    def __init__(self, endpoint: str, credential: Any, *, is_async: bool = False, **kwargs: Any) -> None:
        self.endpoint = _check_endpoint(endpoint)
        if credential is None:
            raise ValueError("credential must not be None: pass an AzureKeyCredential or a token credential.")
        api_version = kwargs.pop("api_version", DEFAULT_API_VERSION)
        if not isinstance(api_version, str) or not api_version:
            raise ValueError("api_version must be a non-empty string such as {!r}.".format(DEFAULT_API_VERSION))
        self.api_version: str = api_version
        self.credential = credential
        self.credential_scopes: List[str] = kwargs.pop("credential_scopes", [DEFAULT_SCOPE])
        self.is_async = is_async
        self.polling_interval: float = kwargs.get("polling_interval", 30)
        kwargs.setdefault("sdk_moniker", "ai-vision-face/{}".format(VERSION))
        self.sdk_moniker = kwargs["sdk_moniker"]
        self.base_url = BASE_URL_TEMPLATE.format(endpoint=self.endpoint, apiVersion=self.api_version)
        self._configure(**kwargs)

    def _configure(self, **kwargs: Any) -> None:
        self.user_agent_policy = kwargs.get("user_agent_policy") or policies.UserAgentPolicy(**kwargs)
        self.headers_policy = kwargs.get("headers_policy") or policies.HeadersPolicy(**kwargs)
        self.proxy_policy = kwargs.get("proxy_policy") or policies.ProxyPolicy(**kwargs)
        self.logging_policy = kwargs.get("logging_policy") or NetworkTraceLoggingPolicy(**kwargs)
        self.http_logging_policy = kwargs.get("http_logging_policy") or HttpLoggingPolicy(**kwargs)
        self.custom_hook_policy = kwargs.get("custom_hook_policy") or policies.CustomHookPolicy(**kwargs)
        if self.is_async:
            self.redirect_policy = kwargs.get("redirect_policy") or policies.AsyncRedirectPolicy(**kwargs)
            self.retry_policy = kwargs.get("retry_policy") or policies.AsyncRetryPolicy(**kwargs)
        else:
            self.redirect_policy = kwargs.get("redirect_policy") or policies.RedirectPolicy(**kwargs)
            self.retry_policy = kwargs.get("retry_policy") or policies.RetryPolicy(**kwargs)
        self.authentication_policy = kwargs.get("authentication_policy") or self._auth_policy(**kwargs)

    def _auth_policy(self, **kwargs: Any) -> Any:
        credential = self.credential
        if isinstance(credential, AzureKeyCredential):
            return policies.AzureKeyCredentialPolicy(credential, KEY_HEADER, **kwargs)
        get_token = getattr(credential, "get_token", None) or getattr(credential, "get_token_info", None)
        if get_token is None:
            raise TypeError(
                "Unsupported credential {}: pass azure.core.credentials.AzureKeyCredential('<key>') or a token "
                "credential such as azure.identity.DefaultAzureCredential().".format(type(credential).__name__)
            )
        if self.is_async:
            if not inspect.iscoroutinefunction(get_token):
                raise TypeError(
                    "The asynchronous client needs an asynchronous token credential (for example "
                    "azure.identity.aio.DefaultAzureCredential), not {}.".format(type(credential).__name__)
                )
            return policies.AsyncBearerTokenCredentialPolicy(credential, *self.credential_scopes, **kwargs)
        if inspect.iscoroutinefunction(get_token):
            raise TypeError(
                "The synchronous client needs a synchronous token credential (for example "
                "azure.identity.DefaultAzureCredential), not {}.".format(type(credential).__name__)
            )
        return policies.BearerTokenCredentialPolicy(credential, *self.credential_scopes, **kwargs)

    def build_policies(self, **kwargs: Any) -> List[Optional[Any]]:
        """The pipeline's policies, in azure-core's customary order.

        :return: The policies (``None`` entries are skipped by the pipeline).
        :rtype: list
        """
        kwargs.setdefault("blocked_redirect_headers", list(BLOCKED_REDIRECT_HEADERS))
        return [
            policies.RequestIdPolicy(**kwargs),
            self.headers_policy,
            self.user_agent_policy,
            self.proxy_policy,
            policies.ContentDecodePolicy(**kwargs),
            self.redirect_policy,
            self.retry_policy,
            self.authentication_policy,
            self.custom_hook_policy,
            self.logging_policy,
            policies.DistributedTracingPolicy(**kwargs),
            policies.SensitiveHeaderCleanupPolicy(**kwargs) if self.redirect_policy else None,
            self.http_logging_policy,
            AsyncDecodeGuardPolicy() if self.is_async else DecodeGuardPolicy(),
        ]
