# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The asynchronous Face clients."""
from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING, Any, Awaitable, Union

from azure.core import AsyncPipelineClient
from azure.core.credentials import AzureKeyCredential
from azure.core.rest import AsyncHttpResponse, HttpRequest
from typing_extensions import Self

from azure.ai.vision.face._config import BASE_URL_TEMPLATE, FaceClientConfiguration
from azure.ai.vision.face.aio.operations import (
    FaceClientOperationsMixin,
    FaceListOperations,
    FaceSessionClientOperationsMixin,
    LargeFaceListOperations,
    LargePersonGroupOperations,
    PersonGroupOperations,
)

if TYPE_CHECKING:
    from azure.core.credentials_async import AsyncTokenCredential


class _AsyncClientBase:
    """Construction, raw requests and lifetime, shared by the three clients."""

    def __init__(self, endpoint: str, credential: Union[AzureKeyCredential, "AsyncTokenCredential"], **kwargs: Any) -> None:
        self._config = FaceClientConfiguration(endpoint, credential, is_async=True, **kwargs)
        self._client: AsyncPipelineClient = AsyncPipelineClient(  # type: ignore[type-arg]
            base_url=BASE_URL_TEMPLATE, policies=self._config.build_policies(**kwargs), **kwargs
        )

    def send_request(self, request: HttpRequest, *, stream: bool = False, **kwargs: Any) -> Awaitable[AsyncHttpResponse]:
        """Send a hand-built request through the client's pipeline (authentication, retries, logging included).

        A relative URL is resolved against ``{endpoint}/face/{api_version}``, so
        ``HttpRequest("GET", "/largepersongroups")`` lists large person groups. The request is copied, not changed.

        :param request: The request to send.
        :type request: ~azure.core.rest.HttpRequest
        :keyword bool stream: Whether to stream the response body instead of reading it at once.
        :return: The response, whatever its status; nothing here raises for an error status.
        :rtype: ~azure.core.rest.AsyncHttpResponse
        """
        request_copy = deepcopy(request)
        request_copy.url = self._client.format_url(
            request_copy.url, endpoint=self._config.endpoint, apiVersion=self._config.api_version
        )
        response: Awaitable[AsyncHttpResponse] = self._client.send_request(request_copy, stream=stream, **kwargs)
        return response

    async def close(self) -> None:
        """Close the client's transport and release its connections."""
        await self._client.close()

    async def __aenter__(self) -> Self:
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *exc_details: Any) -> None:
        await self._client.__aexit__(*exc_details)


class FaceClient(_AsyncClientBase, FaceClientOperationsMixin):
    """Detect faces in images and compare them: verify, identify, find similar faces, group.

    :param str endpoint: The Face resource endpoint, for example ``https://<name>.cognitiveservices.azure.com/``.
    :param credential: An ``AzureKeyCredential`` holding the resource key, or a token credential.
    :type credential: ~azure.core.credentials.AzureKeyCredential or ~azure.core.credentials_async.AsyncTokenCredential
    :keyword str api_version: The Face API version; ``v1.2-preview.1`` by default.
    """


class FaceSessionClient(_AsyncClientBase, FaceSessionClientOperationsMixin):
    """Create and inspect liveness sessions (with or without face verification) for a client application.

    :param str endpoint: The Face resource endpoint, for example ``https://<name>.cognitiveservices.azure.com/``.
    :param credential: An ``AzureKeyCredential`` holding the resource key, or a token credential.
    :type credential: ~azure.core.credentials.AzureKeyCredential or ~azure.core.credentials_async.AsyncTokenCredential
    :keyword str api_version: The Face API version; ``v1.2-preview.1`` by default.
    """


class FaceAdministrationClient(_AsyncClientBase):
    """Manage the face data that recognition uses: face lists and person groups, large or not.

    :ivar large_face_list: Operations on large face lists.
    :vartype large_face_list: ~azure.ai.vision.face.aio.operations.LargeFaceListOperations
    :ivar large_person_group: Operations on large person groups, their persons and faces.
    :vartype large_person_group: ~azure.ai.vision.face.aio.operations.LargePersonGroupOperations
    :ivar face_list: Operations on face lists (up to 1,000 faces, no training).
    :vartype face_list: ~azure.ai.vision.face.aio.operations.FaceListOperations
    :ivar person_group: Operations on person groups (up to 10,000 persons), their persons and faces.
    :vartype person_group: ~azure.ai.vision.face.aio.operations.PersonGroupOperations
    :param str endpoint: The Face resource endpoint, for example ``https://<name>.cognitiveservices.azure.com/``.
    :param credential: An ``AzureKeyCredential`` holding the resource key, or a token credential.
    :type credential: ~azure.core.credentials.AzureKeyCredential or ~azure.core.credentials_async.AsyncTokenCredential
    :keyword str api_version: The Face API version; ``v1.2-preview.1`` by default.
    :keyword int polling_interval: Seconds between two polls of a training operation when the service gives no
     Retry-After.
    """

    def __init__(self, endpoint: str, credential: Union[AzureKeyCredential, "AsyncTokenCredential"], **kwargs: Any) -> None:
        super().__init__(endpoint, credential, **kwargs)
        self.large_face_list = LargeFaceListOperations(self._client, self._config)
        self.large_person_group = LargePersonGroupOperations(self._client, self._config)
        self.face_list = FaceListOperations(self._client, self._config)
        self.person_group = PersonGroupOperations(self._client, self._config)
