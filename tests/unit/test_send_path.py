"""The send and response path, without a server: what reaches the transport and what comes back, sync and async.

Each test names one behaviour and fails when it breaks: the caller's ``error_map=``, ``headers=`` and ``params=``,
the status -> exception table (304 included), error parsing, ``cls=`` and ``stream=True``.
"""
from __future__ import annotations

import inspect
from typing import Any, Callable, Dict, Tuple

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
)
from azure.core.pipeline import PipelineResponse

from tests._flavours import run_sync
from tests._mock_transport import Answer, AsyncMockTransport, MockTransport, replay

ENDPOINT = "https://face.example.com"
ERROR = {"error": {"code": "SomeCode", "message": "Some message."}}
GROUP = {"largePersonGroupId": "g", "name": "n"}


def call(flavour: str, kind: str, operation: Callable[[Any], Any], *answers: Answer) -> Tuple[Any, Any]:
    """Run ``operation(client)`` on a ``kind`` client of ``flavour`` whose transport gives ``answers``.

    Returns ``(result or raised exception, transport)``.
    """
    if flavour == "sync":
        import azure.ai.vision.face as module

        transport: Any = MockTransport(replay(list(answers)))
        with getattr(module, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport) as client:
            try:
                return operation(client), transport
            except Exception as exc:  # the test inspects it
                return exc, transport

    from azure.ai.vision.face import aio

    transport = AsyncMockTransport(replay(list(answers)))

    async def main() -> Any:
        async with getattr(aio, kind)(ENDPOINT, AzureKeyCredential("k"), transport=transport) as client:
            try:
                result = operation(client)
                if inspect.isawaitable(result):
                    result = await result
                if hasattr(result, "__aiter__"):
                    result = [chunk async for chunk in result]
                return result
            except Exception as exc:  # the test inspects it
                return exc

    return run_sync(main()), transport


FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


def get_group(**kwargs: Any) -> Callable[[Any], Any]:
    return lambda client: client.large_person_group.get("g", **kwargs)


@FLAVOURS
@pytest.mark.parametrize(
    "status, expected",
    [
        (304, ResourceNotModifiedError),
        (401, ClientAuthenticationError),
        (404, ResourceNotFoundError),
        (409, ResourceExistsError),
        (400, HttpResponseError),
        (429, HttpResponseError),
        (500, HttpResponseError),
    ],
)
def test_status_maps_to_the_azure_core_exception(flavour: str, status: int, expected: type) -> None:
    body = ERROR if status != 304 else None
    error, _ = call(flavour, "FaceAdministrationClient", get_group(retry_total=0), Answer(status, json=body))
    assert type(error) is expected
    assert error.status_code == status
    if body is not None:
        assert (error.error.code, error.error.message) == ("SomeCode", "Some message.")
        assert str(error) == "(SomeCode) Some message.\nCode: SomeCode\nMessage: Some message."
    else:
        assert str(error) == "Operation returned an invalid status 'Not Modified'"


@FLAVOURS
def test_an_error_body_that_is_not_json_still_raises_by_status(flavour: str) -> None:
    error, _ = call(flavour, "FaceAdministrationClient", get_group(retry_total=0),
                    Answer(502, {"Content-Type": "text/html"}, "<html>bad gateway</html>"))
    assert type(error) is HttpResponseError and error.status_code == 502
    assert "<html>bad gateway</html>" in str(error)


@FLAVOURS
def test_the_callers_error_map_is_used(flavour: str) -> None:
    class Custom(HttpResponseError):
        pass

    error, _ = call(flavour, "FaceAdministrationClient", get_group(error_map={404: Custom}), Answer(404, json=ERROR))
    assert type(error) is Custom and error.error.code == "SomeCode"
    error, _ = call(flavour, "FaceAdministrationClient", get_group(error_map={409: Custom}), Answer(404, json=ERROR))
    assert type(error) is ResourceNotFoundError  # a map for other statuses leaves the defaults in place


@FLAVOURS
def test_per_call_headers_are_sent_and_win_over_the_operations(flavour: str) -> None:
    _, transport = call(flavour, "FaceAdministrationClient", get_group(headers={"x-trace": "t-1"}),
                        Answer(200, json=GROUP))
    sent = transport.requests[0].headers
    assert sent["x-trace"] == "t-1" and sent["Accept"] == "application/json"
    _, transport = call(flavour, "FaceClient",
                        lambda client: client.detect(b"img", detection_model="detection_03",
                                                     recognition_model="recognition_04", return_face_id=False,
                                                     headers={"Accept": "text/plain", "Content-Type": "image/png"}),
                        Answer(200, json=[]))
    sent = transport.requests[0].headers
    assert (sent["Accept"], sent["Content-Type"]) == ("text/plain", "image/png")  # as published


@FLAVOURS
def test_per_call_params_come_first_then_the_operations_own(flavour: str) -> None:
    _, transport = call(
        flavour, "FaceAdministrationClient",
        lambda client: client.large_person_group.get_large_person_groups(top=2, params={"extraParam": "x"}),
        Answer(200, json=[GROUP]),
    )
    assert transport.requests[0].url.endswith("/largepersongroups?extraParam=x&top=2")


@FLAVOURS
def test_operation_values_are_percent_encoded_and_empty_lists_sent(flavour: str) -> None:
    _, transport = call(
        flavour, "FaceClient",
        lambda client: client.detect(b"img", detection_model="detection_03", recognition_model="recognition_04",
                                     return_face_id=False, return_face_attributes=[]),
        Answer(200, json=[]),
    )
    assert transport.requests[0].url.endswith("returnFaceId=false&returnFaceAttributes=")
    _, transport = call(
        flavour, "FaceAdministrationClient",
        lambda client: client.large_face_list.add_face("a b", b"img", target_face=[1, 2, 3, 4], user_data="x y&z"),
        Answer(200, json={"persistedFaceId": "p"}),
    )
    assert transport.requests[0].url.endswith("/largefacelists/a%20b/persistedfaces?targetFace=1,2,3,4&userData=x%20y%26z")


@FLAVOURS
def test_cls_gets_the_pipeline_response_the_model_and_only_declared_headers(flavour: str) -> None:
    seen: Dict[str, Any] = {}

    def cls(response: Any, data: Any, headers: Any) -> str:
        seen.update(response=response, data=data, headers=headers)
        return "from-cls"

    result, _ = call(flavour, "FaceAdministrationClient", get_group(cls=cls),
                     Answer(200, {"apim-request-id": "r-1"}, json=GROUP))
    assert result == "from-cls"
    assert isinstance(seen["response"], PipelineResponse) and seen["data"].name == "n" and seen["headers"] == {}
    result, _ = call(flavour, "FaceSessionClient", lambda client: client.get_session_image("i", cls=cls),
                     Answer(200, {"Content-Type": "image/jpeg", "apim-request-id": "r-2"}, b"JPEG"))
    assert seen["headers"] == {"content-type": "image/jpeg"}


@FLAVOURS
def test_stream_true_returns_the_raw_body_instead_of_the_model(flavour: str) -> None:
    result, _ = call(flavour, "FaceAdministrationClient", get_group(stream=True), Answer(200, json=GROUP))
    assert b"".join(result) == b'{"largePersonGroupId": "g", "name": "n"}'
    error, _ = call(flavour, "FaceAdministrationClient", get_group(stream=True), Answer(404, json=ERROR))
    assert type(error) is ResourceNotFoundError and error.error.code == "SomeCode"


@FLAVOURS
def test_a_failed_training_raises_with_the_services_message(flavour: str) -> None:
    location = ENDPOINT + "/face/v1.2-preview.1/operations/op-1"
    failed = {"status": "failed", "message": "There is no face in the container to train."}
    error, transport = call(
        flavour, "FaceAdministrationClient",
        lambda client: _train_result(client.large_person_group.begin_train("g", polling_interval=0)),
        Answer(202, {"operation-Location": location}),
        Answer(200, json={"status": "running"}),
        Answer(200, json=failed),
    )
    assert type(error) is HttpResponseError and error.status_code == 200
    assert error.error.message == "There is no face in the container to train."
    assert [r.method for r in transport.requests] == ["POST", "GET", "GET"]


def _train_result(poller: Any) -> Any:
    if inspect.isawaitable(poller):
        async def wait() -> Any:
            return await (await poller).result()
        return wait()
    return poller.result()


@FLAVOURS
def test_stream_true_on_an_operation_with_an_empty_answer(flavour: str) -> None:
    # a kept difference: the published package raises TypeError here before sending
    delete = lambda client: client.large_person_group.delete("g", stream=True)  # noqa: E731
    result, transport = call(flavour, "FaceAdministrationClient", delete, Answer(200))
    assert b"".join(result) == b"" and [r.method for r in transport.requests] == ["DELETE"]
    error, _ = call(flavour, "FaceAdministrationClient", delete, Answer(404, json=ERROR))
    assert type(error) is ResourceNotFoundError and error.error.code == "SomeCode"
