"""Test knobs (faults, rate limit, reset, request log) and HTTP/1.1 behaviour."""

from __future__ import annotations

import http.client as httplib
import socket
import time

import pytest

from azure.ai.vision.face.emulator import FaceEmulator, run_emulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http


def test_fail_next_with_status_code_and_retry_after(http: Http, emu):
    emu.fail_next(2, 503, path="/largepersongroups", code="ServiceUnavailable", message="busy", retry_after=3)
    for _ in range(2):
        r = http.get("/largepersongroups")
        assert r.status == 503 and r.json() == {"error": {"code": "ServiceUnavailable", "message": "busy"}}
        assert r.header("Retry-After") == "3"
    assert http.get("/largepersongroups").status == 200


def test_fail_next_matches_method_and_glob(http: Http, emu):
    emu.fail_next(1, 500, method="POST", path="/face/*/detect")
    assert http.get("/largepersongroups").status == 200
    assert http.detect(make_face_image([])).status == 500
    assert http.detect(make_face_image([])).status == 200
    emu.fail_next(1, 429)
    r = http.get("/largefacelists")
    assert r.status == 429 and r.error_code == "429"


def test_drop_connection(http: Http, emu):
    emu.fail_next(1, 0, path="/largefacelists", drop_connection=True)
    with pytest.raises((httplib.RemoteDisconnected, ConnectionError)):
        http.get("/largefacelists")
    assert http.get("/largefacelists").status == 200


def test_faults_over_http(http: Http):
    r = http.call("POST", "/_emulator/faults", json={"count": 1, "status": 502, "path": "facelists", "retryAfter": 1}, absolute=True)
    assert r.status == 201
    r = http.get("/facelists")
    assert r.status == 502 and r.header("Retry-After") == "1"
    http.call("POST", "/_emulator/faults", json={"status": 500}, absolute=True)
    assert http.call("DELETE", "/_emulator/faults", absolute=True).status == 200
    assert http.get("/facelists").status == 200


def test_rate_limit(http: Http, emu):
    emu.set_rate_limit(3)
    assert [http.get("/facelists").status for _ in range(3)] == [200] * 3
    r = http.get("/facelists")
    assert r.status == 429
    assert r.json()["error"]["code"] == "429" and "Rate limit" in r.json()["error"]["message"]
    assert 1 <= int(r.header("Retry-After")) <= 60
    emu.set_rate_limit(None)
    assert http.get("/facelists").status == 200
    assert http.call("PUT", "/_emulator/ratelimit", json={"callsPerMinute": 0}, absolute=True).status == 200
    assert http.get("/facelists").status == 429
    assert http.call("GET", "/_emulator/health", absolute=True).status == 200  # control routes are not limited
    with run_emulator(rate_limit_per_minute=1) as other:
        h = Http(other)
        assert [h.get("/facelists").status, h.get("/facelists").status] == [200, 429]


def test_reset_and_request_log(http: Http, emu):
    http.put("/largepersongroups/x", {"name": "x"}, headers={"x-ms-client-request-id": "abc"})
    method, path, headers, body = emu.requests[-1]
    assert (method, path) == ("PUT", "/face/v1.2-preview.1/largepersongroups/x")
    assert headers["x-ms-client-request-id"] == "abc" and b'"name"' in body
    http.get("/largepersongroups?top=5")
    assert emu.requests[-1][1] == "/face/v1.2-preview.1/largepersongroups?top=5"
    log = http.call("GET", "/_emulator/requests", absolute=True).json()
    assert log[-1]["path"].endswith("?top=5")
    emu.reset()
    assert emu.requests == []
    assert http.get("/largepersongroups").json() == []
    http.put("/largepersongroups/y", {"name": "y"})
    assert http.call("POST", "/_emulator/reset", absolute=True).status == 200
    assert http.get("/largepersongroups").json() == []


def test_request_log_is_bounded():
    with run_emulator() as emu:
        h = Http(emu)
        conn = httplib.HTTPConnection("127.0.0.1", emu.port)
        try:
            for _ in range(1005):
                conn.request("GET", "/face/v1.2-preview.1/facelists", headers={"Ocp-Apim-Subscription-Key": emu.key})
                conn.getresponse().read()
        finally:
            conn.close()
        assert len(emu.requests) == 1000
        assert h.get("/facelists").status == 200


def test_keep_alive_expect_continue_and_chunked(emu):
    image = make_face_image([FaceSpec("alice")])
    sock = socket.create_connection(("127.0.0.1", emu.port))
    try:
        f = sock.makefile("rb")
        head = (
            f"POST /face/v1.2-preview.1/detect?returnFaceId=false HTTP/1.1\r\nHost: x\r\n"
            f"Ocp-Apim-Subscription-Key: {emu.key}\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {len(image)}\r\nExpect: 100-continue\r\n\r\n"
        ).encode()
        sock.sendall(head)
        assert f.readline().startswith(b"HTTP/1.1 100")
        assert f.readline() == b"\r\n"
        sock.sendall(image)
        resp = httplib.HTTPResponse(sock)
        resp.begin()
        assert resp.status == 200 and len(resp.read()) == int(resp.getheader("Content-Length"))
        resp.close()
        # Same socket again, chunked body this time.
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(image[i : i + 700]), image[i : i + 700]) for i in range(0, len(image), 700))
        sock.sendall(
            (
                f"POST /face/v1.2-preview.1/detect?returnFaceId=false HTTP/1.1\r\nHost: x\r\n"
                f"Ocp-Apim-Subscription-Key: {emu.key}\r\nContent-Type: application/octet-stream\r\n"
                f"Transfer-Encoding: chunked\r\n\r\n"
            ).encode()
            + chunks
            + b"0\r\n\r\n"
        )
        resp = httplib.HTTPResponse(sock)
        resp.begin()
        assert resp.status == 200 and resp.read().startswith(b"[{")
        resp.close()
        f.close()
    finally:
        sock.close()


def test_every_response_has_length_type_and_request_id(http: Http):
    for r in (http.get("/facelists"), http.put("/facelists/a", {"name": "a"}), http.get("/facelists/zz")):
        assert r.header("Content-Length") == str(len(r.body))
        assert r.header("Content-Type") == "application/json; charset=utf-8"
        assert r.header("apim-request-id")


def test_lifecycle_and_endpoint():
    emu = FaceEmulator(port=0, key="k")
    with pytest.raises(RuntimeError):
        emu.endpoint
    emu.start()
    try:
        assert emu.endpoint.startswith("http://127.0.0.1:") and not emu.endpoint.endswith("/")
        assert emu.key == "k"
        assert Http(emu).get("/facelists").status == 200
        # An idle keep-alive connection must not block stop().
        conn = httplib.HTTPConnection("127.0.0.1", emu.port)
        conn.request("GET", "/face/v1.2-preview.1/facelists", headers={"Ocp-Apim-Subscription-Key": "k"})
        conn.getresponse().read()
    finally:
        t = time.time()
        emu.close()
        assert time.time() - t < 2
    conn.close()
    with pytest.raises(RuntimeError, match="not running"):
        emu.endpoint


def test_operation_progresses_through_states():
    # The emulator's own clock, stepped by hand: no state can be missed however slow the machine is.
    with run_emulator(training_seconds=10) as emu:
        clock = [1_000_000.0]
        emu.store.clock = lambda: clock[0]
        h = Http(emu)
        h.put("/largefacelists/l", {"name": "l"})
        loc = h.post("/largefacelists/l/train").header("operation-Location")
        seen = [h.get(loc).json()["status"]]
        for t in (1.9, 2.1, 9.9, 10.0):  # warm-up is a fifth of the training time
            clock[0] = 1_000_000.0 + t
            seen.append(h.get(loc).json()["status"])
        assert seen == ["notStarted", "notStarted", "running", "running", "succeeded"]
        assert h.get("/largefacelists/l/training").json()["status"] == "succeeded"


@pytest.mark.parametrize("seconds, header", [(0.3, "retry-after-ms"), (2.5, "Retry-After")])
def test_unfinished_operations_say_when_to_poll_again(seconds, header):
    with run_emulator(training_seconds=seconds) as emu:
        h = Http(emu)
        h.put("/largefacelists/l", {"name": "l"})
        started = h.post("/largefacelists/l/train")
        loc = started.header("operation-Location")
        hints = [started.header(header), h.get(loc).header(header)]
        for hint in hints:
            assert hint is not None
            wait = int(hint) / 1000 if header == "retry-after-ms" else int(hint)
            assert 0 < wait <= seconds + 1
        emu.store.advance(time.time() + seconds + 1)  # move the emulated clock past the end of training
        finished = h.get(loc)
        assert finished.json()["status"] == "succeeded"
        assert finished.header("Retry-After") is None and finished.header("retry-after-ms") is None
