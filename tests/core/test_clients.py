"""Client construction and configuration: endpoint, api_version, credentials, policies, send_request, lifetime."""
import sys

import pytest
from azure.core.credentials import AccessToken, AzureKeyCredential
from azure.core.pipeline.policies import (
    AzureKeyCredentialPolicy,
    BearerTokenCredentialPolicy,
    RetryPolicy,
    SensitiveHeaderCleanupPolicy,
)
from azure.core.pipeline.transport import HttpTransport
from azure.core.rest import HttpRequest

import azure.ai.vision.face as face_pkg
from azure.ai.vision.face import FaceAdministrationClient, FaceClient, FaceSessionClient
from azure.ai.vision.face import aio as face_aio

CLIENTS = [FaceClient, FaceAdministrationClient, FaceSessionClient]
AIO_CLIENTS = [face_aio.FaceClient, face_aio.FaceAdministrationClient, face_aio.FaceSessionClient]


class _StaticToken:
    def __init__(self):
        self.scopes = []

    def get_token(self, *scopes, **kwargs):
        self.scopes.extend(scopes)
        return AccessToken("secret-token", 2**31)


class _AsyncStaticToken:
    async def get_token(self, *scopes, **kwargs):
        return AccessToken("secret-token", 2**31)


class _CaptureTransport(HttpTransport):
    """Records requests and answers 200 {}: used only where a real server cannot observe what we check."""

    def __init__(self):
        self.requests = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def open(self):
        pass

    def close(self):
        pass

    def send(self, request, **kwargs):
        from azure.core.pipeline.transport import RequestsTransportResponse  # noqa: F401
        from azure.core.rest._http_response_impl import RestHttpClientTransportResponse

        self.requests.append(request)
        return RestHttpClientTransportResponse(request=request, internal_response=_Raw())


class _Raw:
    status = 200
    reason = "OK"
    headers = {"Content-Type": "application/json"}

    def read(self):
        return b"{}"

    def getheaders(self):
        return list(self.headers.items())


def _policies(client):
    return [p._policy if hasattr(p, "_policy") else p for p in client._client._pipeline._impl_policies]


@pytest.mark.parametrize("cls", CLIENTS + AIO_CLIENTS)
def test_version_and_base_url(cls):
    assert face_pkg.__version__ == "1.0.0b2"
    client = cls("https://example.cognitiveservices.azure.com/", AzureKeyCredential("k"))
    assert client._config.base_url == "https://example.cognitiveservices.azure.com/face/v1.2-preview.1"
    other = cls("https://example.cognitiveservices.azure.com", AzureKeyCredential("k"), api_version="v1.1-preview.1")
    assert other._config.base_url == "https://example.cognitiveservices.azure.com/face/v1.1-preview.1"


@pytest.mark.parametrize("cls", CLIENTS + AIO_CLIENTS)
def test_key_credential_uses_subscription_key_header(cls):
    client = cls("https://example.com", AzureKeyCredential("k"))
    auth = [p for p in _policies(client) if isinstance(p, AzureKeyCredentialPolicy)]
    assert len(auth) == 1 and auth[0]._name == "Ocp-Apim-Subscription-Key"


@pytest.mark.parametrize("cls", CLIENTS)
def test_token_credential_uses_cognitive_services_scope(cls):
    client = cls("https://example.com", _StaticToken())
    auth = [p for p in _policies(client) if isinstance(p, BearerTokenCredentialPolicy)]
    assert auth and auth[0]._scopes == ("https://cognitiveservices.azure.com/.default",)
    custom = cls("https://example.com", _StaticToken(), credential_scopes=["api://x/.default"])
    assert [p for p in _policies(custom) if isinstance(p, BearerTokenCredentialPolicy)][0]._scopes == (
        "api://x/.default",
    )


@pytest.mark.parametrize("cls", AIO_CLIENTS)
def test_async_client_takes_async_token_credential(cls):
    cls("https://example.com", _AsyncStaticToken())
    with pytest.raises(TypeError, match="asynchronous token credential"):
        cls("https://example.com", _StaticToken())


@pytest.mark.parametrize("cls", CLIENTS + AIO_CLIENTS)
@pytest.mark.parametrize("credential", ["a-key-string", 42, object()])
def test_unsupported_credential_is_a_clear_type_error(cls, credential):
    with pytest.raises(TypeError, match="AzureKeyCredential"):
        cls("https://example.com", credential)


@pytest.mark.parametrize("endpoint", ["", "example.com", "ftp://example.com", "https://", "https://x/?a=b"])
def test_malformed_endpoint_is_rejected(endpoint):
    with pytest.raises(ValueError, match="endpoint"):
        FaceClient(endpoint, AzureKeyCredential("k"))
    with pytest.raises(ValueError, match="endpoint"):  # as published
        FaceClient(None, AzureKeyCredential("k"))  # type: ignore[arg-type]


def test_standard_policies_and_kwargs_are_honoured():
    client = FaceClient("https://example.com", AzureKeyCredential("k"), retry_total=7, user_agent="myapp/1",
                        headers={"x-custom": "1"}, logging_enable=True)
    policies = _policies(client)
    retry = [p for p in policies if isinstance(p, RetryPolicy)][0]
    assert retry.total_retries == 7
    cleanup = [p for p in policies if isinstance(p, SensitiveHeaderCleanupPolicy)][0]
    assert "Ocp-Apim-Subscription-Key" in cleanup._blocked_redirect_headers
    names = [type(p).__name__ for p in policies]
    for expected in ("RequestIdPolicy", "HeadersPolicy", "UserAgentPolicy", "ProxyPolicy", "ContentDecodePolicy",
                     "RedirectPolicy", "RetryPolicy", "AzureKeyCredentialPolicy", "CustomHookPolicy",
                     "DistributedTracingPolicy", "SensitiveHeaderCleanupPolicy", "HttpLoggingPolicy"):
        assert expected in names
    assert client._config.user_agent_policy.user_agent.startswith("myapp/1 azsdk-python-ai-vision-face/1.0.0b2")


def test_bearer_token_reaches_the_service_over_https_only():
    transport = _CaptureTransport()
    credential = _StaticToken()
    client = FaceClient("https://example.com", credential, transport=transport)
    client.group(face_ids=["a"])
    request = transport.requests[-1]
    assert request.headers["Authorization"] == "Bearer secret-token"
    assert "Ocp-Apim-Subscription-Key" not in request.headers
    assert credential.scopes == ["https://cognitiveservices.azure.com/.default"]
    from azure.core.exceptions import ServiceRequestError

    insecure = FaceClient("http://example.com", _StaticToken(), transport=_CaptureTransport())
    with pytest.raises(ServiceRequestError, match="https"):
        insecure.group(face_ids=["a"])


def test_send_request_resolves_relative_urls_against_the_face_path(emulator):
    with FaceClient(emulator.endpoint + "/", AzureKeyCredential(emulator.key)) as client:
        request = HttpRequest("GET", "/largepersongroups", params={"top": 1})
        response = client.send_request(request)
        assert response.status_code == 200 and isinstance(response.json(), list)
        assert emulator.requests[-1][1] == "/face/v1.2-preview.1/largepersongroups?top=1"
        assert request.url == "/largepersongroups?top=1"  # the caller's request is not changed
        absolute = client.send_request(HttpRequest("GET", emulator.endpoint + "/face/v1.2-preview.1/largefacelists"))
        assert absolute.status_code == 200


async def test_async_send_request(emulator):
    async with face_aio.FaceClient(emulator.endpoint, AzureKeyCredential(emulator.key)) as client:
        response = await client.send_request(HttpRequest("GET", "/largefacelists"))
        assert response.status_code == 200
        assert emulator.requests[-1][1] == "/face/v1.2-preview.1/largefacelists"


def test_context_managers_and_close(emulator):
    with FaceClient(emulator.endpoint, AzureKeyCredential(emulator.key)) as client:
        assert isinstance(client, FaceClient)
        client.send_request(HttpRequest("GET", "/largefacelists"))
    client.close()


async def test_async_context_manager_and_close():
    async with face_aio.FaceClient("https://example.com", AzureKeyCredential("k")) as client:
        assert isinstance(client, face_aio.FaceClient)
    await client.close()


def test_namespace_packages_do_not_shadow_azure_core_or_identity():
    import azure
    import azure.ai
    import azure.ai.vision
    import azure.core
    import azure.identity

    for module in (azure, azure.ai, azure.ai.vision):
        assert getattr(module, "__file__", None) is None, module.__name__
        assert len(list(module.__path__)) >= 1
    assert azure.core.__file__ and azure.identity.__file__
    import pathlib

    root = pathlib.Path(face_pkg.__file__).parent
    assert (root / "py.typed").exists()
    for folder in (root.parent, root.parent.parent, root.parent.parent.parent):
        assert not (folder / "__init__.py").exists(), folder


# Loads every public name of every public module, builds each client and touches its operation groups; then
# lists the emulator modules that got imported. The clients load lazily, so importing the packages alone proves nothing.
_LOAD_EVERYTHING = """
import importlib, sys
from azure.core.credentials import AzureKeyCredential
for name in ("azure.ai.vision.face", "azure.ai.vision.face.aio", "azure.ai.vision.face.models",
             "azure.ai.vision.face.operations", "azure.ai.vision.face.aio.operations"):
    module = importlib.import_module(name)
    for public in module.__all__:
        getattr(module, public)
face, aio = sys.modules["azure.ai.vision.face"], sys.modules["azure.ai.vision.face.aio"]
for package in (face, aio):
    for client_name in package.__all__:
        client = getattr(package, client_name)("https://example.com", AzureKeyCredential("k"))
        vars(client)  # the operation groups are plain attributes, built with the client
loaded = {"azure.ai.vision.face._client", "azure.ai.vision.face.aio._client", "azure.ai.vision.face.models._models"}
assert loaded <= set(sys.modules), sorted(loaded - set(sys.modules))
print(sorted(m for m in sys.modules if m.startswith("azure.ai.vision.face.emulator")))
"""


def test_importing_and_using_the_package_does_not_import_the_emulator():
    import subprocess

    from tests._env import package_env

    result = subprocess.run([sys.executable, "-c", _LOAD_EVERYTHING], capture_output=True, text=True, env=package_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
