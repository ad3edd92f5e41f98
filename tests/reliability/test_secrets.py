"""Keys and tokens never reach a log or another origin; bearer tokens never travel over plain http."""
import logging

import pytest
from azure.core.credentials import AccessToken, AzureKeyCredential
from azure.core.exceptions import ServiceRequestError
from azure.core.pipeline.policies import HttpLoggingPolicy

from tests.reliability._badserver import BadServer, json_reply, redirect
from tests.reliability.conftest import KEY, run

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.secret-bearer-token.sig"
SESSION_TOKEN = "session-auth-token-must-not-be-logged"
VERIFY = {"isIdentical": True, "confidence": 0.9}


class SyncToken:
    def get_token(self, *scopes, **kwargs):
        return AccessToken(TOKEN, 4102444800)


class AsyncToken:
    async def get_token(self, *scopes, **kwargs):
        return AccessToken(TOKEN, 4102444800)

    async def close(self):
        pass


def token_for(clients):
    return AsyncToken() if clients.is_async else SyncToken()


@pytest.fixture
def debug_logs(caplog):
    caplog.set_level(logging.DEBUG, logger="azure")
    return caplog


def _all_text(caplog):
    return "\n".join(record.getMessage() for record in caplog.records)


async def test_network_trace_keeps_the_trace_but_redacts_the_key(bad_server, clients, debug_logs):
    bad_server.script(json_reply(VERIFY))
    client = clients.face(bad_server.endpoint, logging_enable=True)
    await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    text = _all_text(debug_logs)
    assert bad_server.requests[0].headers["ocp-apim-subscription-key"] == KEY  # it was sent ...
    assert KEY not in text  # ... and never logged
    assert "'Ocp-Apim-Subscription-Key': 'REDACTED'" in text
    # the rest of the trace is still there: URL, method, body, response
    assert "Request URL: '{}/face/v1.2-preview.1/verify'".format(bad_server.endpoint) in text
    assert "Request method: 'POST'" in text and "f-1" in text and "Response status: '200'" in text
    assert '"confidence": 0.9' in text


async def test_per_call_logging_enable_also_redacts(bad_server, clients, debug_logs):
    bad_server.script(json_reply([]))
    client = clients.face(bad_server.endpoint)
    await run(client.detect(b"\x89PNG\r\n\x1a\n\xff\xfe", logging_enable=True, **DETECT))
    text = _all_text(debug_logs)
    assert KEY not in text and "REDACTED" in text and "Request method: 'POST'" in text


async def test_http_logging_policy_redacts_the_key_even_when_allowlisted(bad_server, clients, debug_logs):
    bad_server.script(json_reply(VERIFY))
    client = clients.face(bad_server.endpoint)
    policy = client._config.http_logging_policy
    assert isinstance(policy, HttpLoggingPolicy)
    policy.allowed_header_names.add("Ocp-Apim-Subscription-Key")
    policy.allowed_header_names.add("Authorization")
    await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    text = _all_text(debug_logs)
    assert KEY not in text
    assert "'Ocp-Apim-Subscription-Key': 'REDACTED'" in text


async def test_bearer_token_is_redacted_in_every_log(bad_server, clients, debug_logs):
    bad_server.script(json_reply(VERIFY))
    client = clients.face(bad_server.endpoint, token_for(clients), logging_enable=True)
    # a loopback test server speaks http: opt out of azure-core's https rule for this one call only
    await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2", enforce_https=False))
    assert bad_server.requests[0].headers["authorization"] == "Bearer " + TOKEN
    text = _all_text(debug_logs)
    assert TOKEN not in text and "'Authorization': 'REDACTED'" in text


async def test_liveness_session_token_in_a_response_body_is_redacted(bad_server, clients, debug_logs):
    bad_server.script(json_reply({"sessionId": "s1", "authToken": SESSION_TOKEN}))
    client = clients.session(bad_server.endpoint, logging_enable=True)
    result = await run(client.create_liveness_session({"livenessOperationMode": "Passive"}))
    assert result.auth_token == SESSION_TOKEN  # the caller gets it ...
    text = _all_text(debug_logs)
    assert SESSION_TOKEN not in text and '"authToken": "REDACTED"' in text  # ... the log does not


async def test_bearer_token_is_refused_over_plain_http(bad_server, clients):
    client = clients.face(bad_server.endpoint, token_for(clients))
    with pytest.raises(ServiceRequestError, match="non-TLS|https"):
        await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    assert bad_server.requests == []  # nothing was sent


async def test_key_is_not_forwarded_to_another_origin_on_redirect(bad_server, clients):
    with BadServer() as other:
        other.script(json_reply(VERIFY))
        bad_server.script(redirect(other.endpoint + "/face/v1.2-preview.1/verify"))
        client = clients.face(bad_server.endpoint)
        result = await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
        assert result.is_identical is True
        assert bad_server.requests[0].headers["ocp-apim-subscription-key"] == KEY
        assert len(other.requests) == 1
        forwarded = other.requests[0]
        assert "ocp-apim-subscription-key" not in forwarded.headers
        assert "authorization" not in forwarded.headers
        assert forwarded.body == bad_server.requests[0].body  # a 307 keeps method and body


async def test_bearer_token_is_not_forwarded_to_another_origin_on_redirect(bad_server, clients):
    with BadServer() as other:
        other.script(json_reply(VERIFY))
        bad_server.script(redirect(other.endpoint + "/face/v1.2-preview.1/verify"))
        client = clients.face(bad_server.endpoint, token_for(clients))
        await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2", enforce_https=False))
        assert bad_server.requests[0].headers["authorization"] == "Bearer " + TOKEN
        assert "authorization" not in other.requests[0].headers


async def test_key_follows_a_redirect_within_the_same_origin(bad_server, clients):
    # the rule is about origins: a same-origin redirect still authenticates
    bad_server.script(redirect(bad_server.endpoint + "/face/v1.2-preview.1/verify?moved=1"), json_reply(VERIFY))
    client = clients.face(bad_server.endpoint)
    await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    assert [r.headers.get("ocp-apim-subscription-key") for r in bad_server.requests] == [KEY, KEY]


async def test_errors_do_not_carry_the_key_in_their_text(bad_server, clients):
    from tests.reliability._badserver import error_reply

    bad_server.script(error_reply(401, "401", "Access denied due to invalid subscription key."))
    client = clients.face(bad_server.endpoint)
    with pytest.raises(Exception) as info:
        await run(client.verify_face_to_face(face_id1="f-1", face_id2="f-2"))
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_credentials_embedded_in_the_endpoint_are_refused():
    from azure.ai.vision.face import FaceClient

    with pytest.raises(ValueError, match="credential"):
        FaceClient("https://user:pass@example.cognitiveservices.azure.com", AzureKeyCredential("k"))
