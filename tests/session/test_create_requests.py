"""What the session-creating calls put on the wire: body forms, multipart shape, retries, argument checks; and the
README's liveness snippets, run unchanged against the emulator."""
import contextlib
import io
import json
import pathlib
import re

import pytest
from azure.core.exceptions import HttpResponseError

from azure.ai.vision.face.models import (
    CreateLivenessSessionContent,
    CreateLivenessWithVerifySessionContent,
    LivenessOperationMode,
    QualityForRecognition,
)
from tests.session._util import (
    LIVENESS_ROUTE,
    VERIFY_IMAGE,
    VERIFY_ROUTE,
    headers_of,
    last_request,
    multipart_parts,
    options,
    run,
    sent_options,
)

SEEDS = pathlib.Path(__file__).resolve().parents[3] / "shared" / "seeds"

WIRE = {
    "livenessOperationMode": "PassiveActive",
    "deviceCorrelationId": "device-1",
    "sendResultsToClient": False,
    "authTokenTimeToLiveInSeconds": 90,
    "verifyConfidenceThreshold": 0.4,
}
SNAKE = {
    "liveness_operation_mode": LivenessOperationMode.PASSIVE_ACTIVE,
    "device_correlation_id": "device-1",
    "send_results_to_client": False,
    "auth_token_time_to_live_in_seconds": 90,
    "verify_confidence_threshold": 0.4,
}
BODY_FORMS = {
    "model": lambda: CreateLivenessWithVerifySessionContent(**SNAKE),
    "liveness_model": lambda: CreateLivenessSessionContent(
        **{k: v for k, v in SNAKE.items() if k != "verify_confidence_threshold"}),
    "snake_dict": lambda: dict(SNAKE),
    "camel_dict": lambda: dict(WIRE),
    "mixed_dict_with_unknown_key": lambda: {**{k: v for k, v in SNAKE.items() if k != "device_correlation_id"},
                                            "deviceCorrelationId": "device-1", "futureOption": {"x": 1}},
}


@pytest.mark.parametrize("form", sorted(BODY_FORMS))
@pytest.mark.parametrize("verify_image", [VERIFY_IMAGE, None], ids=["multipart", "json"])
async def test_with_verify_body_forms_reach_the_wire_as_camel_case(client, emulator, form, verify_image):
    body = BODY_FORMS[form]()
    created = await run(client.create_liveness_with_verify_session(body, verify_image=verify_image))
    expected = dict(WIRE)
    if form == "liveness_model":
        del expected["verifyConfidenceThreshold"]
    if form == "mixed_dict_with_unknown_key":
        expected["futureOption"] = {"x": 1}
    assert sent_options(last_request(emulator, "POST", VERIFY_ROUTE)) == expected
    if verify_image is None:
        assert created.verify_image is None
    else:
        assert created.verify_image.quality_for_recognition is QualityForRecognition.HIGH
        assert created.verify_image.face_rectangle.width > 0
    assert (await run(client.get_liveness_with_verify_session_result(created.session_id))).id == created.session_id


async def test_with_verify_multipart_request_shape(client, emulator):
    await run(client.create_liveness_with_verify_session(options(), verify_image=VERIFY_IMAGE))
    request = last_request(emulator, "POST", VERIFY_ROUTE)
    assert re.match(r"multipart/form-data; boundary=\S+$", headers_of(request)["content-type"])
    parts = {p.get_param("name", header="content-disposition"): p for p in multipart_parts(request)}
    assert sorted(parts) == ["Parameters", "VerifyImage"]
    assert parts["Parameters"].get_content_type() == "application/json"
    assert parts["Parameters"].get_filename() is None
    assert json.loads(parts["Parameters"].get_payload(decode=True))["livenessOperationMode"] == "Passive"
    assert parts["VerifyImage"].get_filename()  # the service requires a filename on this part
    assert parts["VerifyImage"].get_payload(decode=True) == VERIFY_IMAGE


async def test_with_verify_multipart_is_replayed_whole_on_retry(client, emulator):
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    emulator.fail_next(1, 503, method="POST", path=VERIFY_ROUTE)
    stream = io.BytesIO(VERIFY_IMAGE)  # a stream is read once, up front, so the retry sends the same bytes
    created = await run(client.create_liveness_with_verify_session(options(), verify_image=stream))
    assert created.verify_image is not None
    attempts = emulator.requests[before:]
    assert [(r[0], r[1].split("/", 3)[-1]) for r in attempts] == [("POST", VERIFY_ROUTE.lstrip("/"))] * 2
    images = [[p for p in multipart_parts(r) if p.get_filename()][0].get_payload(decode=True) for r in attempts]
    assert images == [VERIFY_IMAGE, VERIFY_IMAGE]


@pytest.mark.parametrize("form", ["model", "json", "stream"])
async def test_create_liveness_session_body_forms(client, emulator, form):
    wire = options(sendResultsToClient=True)
    body = {
        "model": lambda: CreateLivenessSessionContent(wire),
        "json": lambda: wire,
        "stream": lambda: io.BytesIO(json.dumps(wire).encode()),
    }[form]()
    created = await run(client.create_liveness_session(body))
    request = last_request(emulator, "POST", LIVENESS_ROUTE)
    assert json.loads(request[3]) == wire
    assert headers_of(request)["content-type"] == "application/json"
    assert (await run(client.get_liveness_session_result(created.session_id))).device_correlation_id == wire[
        "deviceCorrelationId"]


async def test_service_rejections_surface_as_http_errors(client):
    with pytest.raises(HttpResponseError) as caught:
        await run(client.create_liveness_session({"deviceCorrelationId": "x"}))
    assert caught.value.status_code == 400 and caught.value.error.code
    with pytest.raises(HttpResponseError) as caught:
        await run(client.create_liveness_with_verify_session(options(), verify_image=b"not an image at all"))
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda c: c.create_liveness_session(None), TypeError, "body is required"),
        (lambda c: c.create_liveness_with_verify_session(b"{}", verify_image=None), TypeError, "body must be"),
        (lambda c: c.create_liveness_with_verify_session(options(), verify_image=b""), ValueError, "verify_image is empty"),
        (lambda c: c.create_liveness_with_verify_session(options(), verify_image="x.png"), TypeError, "verify_image must"),
        (lambda c: c.create_liveness_with_verify_session({"device_correlation_id": "a", "deviceCorrelationId": "b"},
                                                         verify_image=None), ValueError, "twice"),
        (lambda c: c.get_liveness_sessions(top=0), ValueError, "top must be between 1 and 1000"),
        (lambda c: c.get_liveness_with_verify_session_audit_entries("id", top=1001), ValueError, "top must be"),
        (lambda c: c.get_liveness_sessions(start="x" * 65), ValueError, "start may hold at most 64"),
        (lambda c: c.get_liveness_session_result(""), ValueError, "session_id must not be empty"),
        (lambda c: c.delete_liveness_with_verify_session(None), TypeError, "session_id must be a string"),
        (lambda c: c.get_session_image(""), ValueError, "session_image_id must not be empty"),
        (lambda c: c.detect_from_session_image(), TypeError, "session_image_id"),
        (lambda c: c.detect_from_session_image(session_image_id="i", face_id_time_to_live=10), ValueError, "60"),
    ],
)
async def test_arguments_are_checked_before_sending(client, emulator, call, error, message):
    emulator.clear_requests()  # the shared log holds the last 1000 requests only: start this test's count at 0
    before = 0
    with pytest.raises(error, match=re.escape(message)):
        await run(call(client))
    assert len(emulator.requests) == before


def _readme_liveness_snippets():
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if not seeds:
        return []
    text = seeds[0].read_text(encoding="utf-8")
    section = text.split("### Liveness detection", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.mark.parametrize("index", [0, 1], ids=["liveness", "liveness_with_verify"])
def test_readme_liveness_snippets_run_unchanged(emulator, tmp_path, index):
    snippets = _readme_liveness_snippets()
    if len(snippets) != 2:
        pytest.skip("README seed with the liveness snippets not found next to the repository")
    image_path = tmp_path / "verify.png"
    image_path.write_bytes(VERIFY_IMAGE)
    code = (snippets[index].replace("<your endpoint>", emulator.endpoint).replace("<your api key>", emulator.key)
            .replace("<your verify image file>", str(image_path)))
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, "README-liveness-{}".format(index), "exec"), {"__name__": "__readme__"})
    printed = output.getvalue()
    assert printed.count("Result: {") == 2 and "'sessionId': " in printed and "'status': 'NotStarted'" in printed
    if index == 1:
        assert "'verifyImage': {'faceRectangle'" in printed
