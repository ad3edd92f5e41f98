"""Issue 15: connection caps and fixed deadlines; add-face by URL committed atomically.

Deadlines here are short (fractions of a second) and every assertion is about what the server did, never
about how long it took; each wait is bounded so a regression fails instead of hanging.
"""

from __future__ import annotations

import pathlib
import socket
import subprocess
import sys
import threading
import time

import pytest

from azure.ai.vision.face.emulator import AnnotationFaceEngine, run_emulator
from azure.ai.vision.face.emulator._collections import MAX_FACES_PER_PERSON
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import V, Http
from tests.emulator._raw import gate, in_thread

REPO = pathlib.Path(__file__).resolve().parents[2]


def _idle(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def _closed_by_server(sock: socket.socket) -> bool:
    """Whether the server closed ``sock`` (waits at most the socket's timeout)."""
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def test_connections_are_capped_and_idle_ones_time_out():
    with run_emulator(max_connections=3, idle_timeout=0.3) as emu:
        hogs = [_idle(emu.port) for _ in range(6)]  # twice the cap, all silent
        try:
            # A real client gets its answer: the silent ones are cut at the idle deadline and it gets a slot.
            assert Http(emu).get("/facelists").status == 200
            assert emu._server is not None and emu._server.open_connections <= 3
            assert all(_closed_by_server(s) for s in hogs)
        finally:
            for s in hogs:
                s.close()


def test_a_trickling_request_is_cut_at_a_fixed_deadline():
    with run_emulator(request_timeout=0.3) as emu:
        sock = _idle(emu.port)
        request = f"GET /face/{V}/facelists HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: {emu.key}\r\n\r\n"
        sent = 0
        try:
            for ch in request.encode():
                sock.sendall(bytes([ch]))  # one byte at a time: each byte used to restart the timer
                sent += 1
                time.sleep(0.05)
        except OSError:
            pass  # the server hung up while we were still sending: what this test wants
        answer = b""
        try:
            sock.settimeout(5)
            answer = sock.recv(4096)
        except OSError:
            pass
        sock.close()
        assert sent < len(request), "the whole request trickled in without being cut"
        assert not answer.startswith(b"HTTP/1.1 200")
        assert Http(emu).get("/facelists").status == 200  # and the server serves others


def test_a_keep_alive_connection_serves_many_requests_within_the_idle_deadline():
    with run_emulator(idle_timeout=5) as emu:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=10)
        try:
            for _ in range(20):
                conn.request("GET", f"/face/{V}/facelists", headers={"Ocp-Apim-Subscription-Key": emu.key})
                assert conn.getresponse().read() == b"[]"
        finally:
            conn.close()


# --------------------------------------------------------------------------- add-face by URL


def _group_with_person(http: Http) -> str:
    assert http.put("/largepersongroups/g", {"name": "g"}).status == 200
    return http.post("/largepersongroups/g/persons", {"name": "p"}).json()["personId"]


def test_a_person_deleted_during_the_download_gets_no_face(http, emu):
    pid = _group_with_person(http)
    with gate(make_face_image([FaceSpec("a")])) as g:
        thread, out = in_thread(http.post, f"/largepersongroups/g/persons/{pid}/persistedfaces", {"url": g.url})
        g.wait_arrivals(1)
        assert http.delete(f"/largepersongroups/g/persons/{pid}").status == 200
        g.open()
        thread.join(10)
    assert out[0].status == 404 and out[0].error_code == "PersonNotFound"
    assert dict(emu.store.collections["largepersongroups"]["g"]["faces"]) == {}


def test_a_reset_during_the_download_is_not_written_into(http, emu):
    pid = _group_with_person(http)
    with gate(make_face_image([FaceSpec("a")])) as g:
        thread, out = in_thread(http.post, f"/largepersongroups/g/persons/{pid}/persistedfaces", {"url": g.url})
        g.wait_arrivals(1)
        emu.reset()
        g.open()
        thread.join(10)
    assert out[0].status == 404 and out[0].error_code == "LargePersonGroupNotFound"
    assert http.get("/largepersongroups").json() == []


def test_concurrent_downloads_cannot_overrun_the_face_quota(http, emu):
    pid = _group_with_person(http)
    image = make_face_image([FaceSpec("a", 20, 20, 100, 100)])
    for _ in range(MAX_FACES_PER_PERSON - 2):
        assert http.post(f"/largepersongroups/g/persons/{pid}/persistedfaces", data=image).status == 200
    with gate(image) as g:
        runs = [in_thread(http.post, f"/largepersongroups/g/persons/{pid}/persistedfaces", {"url": g.url})
                for _ in range(5)]
        g.wait_arrivals(5)  # all five passed the first quota check and are downloading
        g.open()
        for thread, _ in runs:
            thread.join(10)
    statuses = sorted(out[0].status for _, out in runs)
    assert statuses == [200, 200, 403, 403, 403]
    person = http.get(f"/largepersongroups/g/persons/{pid}").json()
    assert len(person["persistedFaceIds"]) == MAX_FACES_PER_PERSON


@pytest.mark.parametrize("kind", ["largefacelists", "facelists"])
def test_a_face_list_deleted_during_the_download_gets_no_face(http, kind):
    assert http.put(f"/{kind}/l", {"name": "l"}).status == 200
    with gate(make_face_image([FaceSpec("a")])) as g:
        thread, out = in_thread(http.post, f"/{kind}/l/persistedfaces", {"url": g.url})
        g.wait_arrivals(1)
        assert http.delete(f"/{kind}/l").status == 200
        g.open()
        thread.join(10)
    assert out[0].status == 404


_FD_LIMITED = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_NOFILE, (48, 48))
from azure.ai.vision.face.emulator import FaceEmulator
emu = FaceEmulator(key="k", max_connections=500, idle_timeout=1.0).start()
print(emu.port, flush=True)
time.sleep(60)
"""


def _cpu_seconds(pid: int) -> float:
    import os

    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads CPU time from /proc (Linux only)")
def test_out_of_file_descriptors_the_server_waits_instead_of_spinning():
    proc = subprocess.Popen([sys.executable, "-c", _FD_LIMITED], cwd=REPO, stdout=subprocess.PIPE, text=True)
    hogs = []
    try:
        port = int(proc.stdout.readline())  # type: ignore[union-attr]
        for _ in range(60):  # more than the process may open: accept() fails with EMFILE
            hogs.append(socket.create_connection(("127.0.0.1", port), timeout=10))
        before, t = _cpu_seconds(proc.pid), time.monotonic()
        time.sleep(0.5)
        spent, elapsed = _cpu_seconds(proc.pid) - before, time.monotonic() - t
        assert spent < 0.15 * elapsed, f"the server burnt {spent:.2f} s of CPU in {elapsed:.2f} s"

        class _End:
            def __init__(self) -> None:
                self.port, self.key = port, "k"

        for s in hogs:
            s.close()
        hogs.clear()
        assert Http(_End()).get("/facelists").status == 200  # and it serves again once descriptors free up
    finally:
        for s in hogs:
            s.close()
        proc.kill()
        proc.wait(10)
        if proc.stdout:
            proc.stdout.close()


class _SlowComparisons(AnnotationFaceEngine):
    """Comparisons wait until released: stands in for scoring a face against a very large group."""

    def __init__(self) -> None:
        super().__init__()
        self.comparing = threading.Event()
        self.release = threading.Event()

    def compare(self, identity_a: str, identity_b: str, recognition_model: str) -> float:
        self.comparing.set()
        assert self.release.wait(20), "never released"
        return super().compare(identity_a, identity_b, recognition_model)


def test_identify_scores_without_holding_the_state_lock():
    engine = _SlowComparisons()
    with run_emulator(engine=engine, training_seconds=0) as emu:
        http = Http(emu)
        image = make_face_image([FaceSpec("a", 20, 20, 100, 100)])
        http.put("/largepersongroups/g", {"name": "g", "recognitionModel": "recognition_04"})
        pid = http.post("/largepersongroups/g/persons", {"name": "p"}).json()["personId"]
        http.post(f"/largepersongroups/g/persons/{pid}/persistedfaces", data=image)
        http.post("/largepersongroups/g/train")
        face_id = http.face_id(image)
        thread, out = in_thread(http.post, "/identify", {"faceIds": [face_id], "largePersonGroupId": "g"})
        assert engine.comparing.wait(10)
        # Scoring is under way and cannot finish: state changes must still go through.
        assert http.post("/largepersongroups/g/persons", {"name": "q"}).status == 200
        assert http.delete(f"/largepersongroups/g/persons/{pid}").status == 200
        assert thread.is_alive()
        engine.release.set()
        thread.join(10)
    # The answer is computed from the state read under the lock (the person existed then).
    assert out[0].status == 200 and out[0].json()[0]["candidates"][0]["personId"] == pid
