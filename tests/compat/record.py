"""Record how the PUBLISHED azure-ai-vision-face 1.0.0b2 behaves at the wire (a tool, never imported by the suite).

Needs the published package installed in its own throwaway virtual environment, observed strictly as a black box::

    python -m venv /tmp/pub && /tmp/pub/bin/pip install azure-ai-vision-face==1.0.0b2 aiohttp requests
    /tmp/pub/bin/python tests/compat/record.py --our-python /path/to/venv-with-our-deps/bin/python

The emulator of this repository runs in a separate process (``--our-python``, with this checkout on PYTHONPATH),
behind a recording server on loopback. Every case of ``cases.py`` runs once with the synchronous clients (requests
transport) and once with the asynchronous ones (aiohttp); the recording server keeps each request (method, raw
path and query, headers, body) and each response, and the outcome (result as JSON, or exception type, status,
``.error.code``, ``.error.message``, ``str(e)``) is written to ``tests/compat/fixtures/published-1.0.0b2.json``.
Some cases get a canned answer from the recording server instead of the emulator (``Case.canned``).
"""
import argparse
import asyncio
import base64
import http.client
import json
import os
import pathlib
import subprocess
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import cases as _cases  # noqa: E402  (standard library only)

KEY = "compat-key"
IMAGES_SCRIPT = """
import base64, json
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
def img(*names):
    return base64.b64encode(make_face_image([FaceSpec(n) for n in names], width=200, height=200, format="jpeg")).decode()
print(json.dumps({"alice": img("alice"), "alice2": img("alice"), "bob": img("bob"), "nobody": img()}))
"""


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream.split("//", 1)[1]
        self.exchanges: List[Dict[str, Any]] = []
        self.canned: Optional[Dict[str, Any]] = None
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Recorder

    def log_message(self, *args: Any) -> None:
        pass

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        body = self._body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = {"method": self.command, "target": self.path, "headers": headers,
                   "body": base64.b64encode(body).decode()}
        canned = self.server.canned
        if canned is not None:
            status, out_headers, out_body = canned["status"], dict(canned["headers"]), canned["body"].encode()
        else:
            conn = http.client.HTTPConnection(self.server.upstream, timeout=30)
            send_headers = {k: v for k, v in self.headers.items() if k.lower() != "transfer-encoding"}
            send_headers["Content-Length"] = str(len(body))
            conn.request(self.command, self.path, body=body, headers=send_headers)
            answer = conn.getresponse()
            status, out_body = answer.status, answer.read()
            out_headers = {k: v for k, v in answer.getheaders()
                           if k.lower() not in ("transfer-encoding", "connection", "content-length", "date", "server")}
            conn.close()
        with self.server.lock:
            self.server.exchanges.append({"request": request, "response": {
                "status": status, "headers": out_headers, "body": base64.b64encode(out_body).decode()}})
        self.send_response(status)
        for k, v in out_headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(out_body)))
        self.end_headers()
        self.wfile.write(out_body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


def _http(base: str, method: str, path: str, body: Any = None, raw: Optional[bytes] = None) -> Any:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    headers = {"Ocp-Apim-Subscription-Key": KEY,
               "Content-Type": "application/octet-stream" if raw is not None else "application/json"}
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data, method=method, headers=headers)) as r:
        text = r.read()
        return json.loads(text) if text else dict(r.headers)


def setup(emu: str, prefix: str, images: Dict[str, str]) -> Dict[str, Any]:
    """Create, directly on the emulator (not recorded), what the cases refer to."""
    api = emu + _cases.API
    ctx: Dict[str, Any] = {"prefix": prefix, "images": images}
    jpeg = {name: base64.b64decode(data) for name, data in images.items()}
    ctx["alice_url"] = _http(emu, "PUT", "/_emulator/blobs/{}-alice.jpg".format(prefix), raw=jpeg["alice"])["Location"]
    detect = "/detect?detectionModel=detection_03&recognitionModel=recognition_04&returnFaceId=true"
    ctx["alice1"] = _http(api, "POST", detect, raw=jpeg["alice"])[0]["faceId"]
    ctx["alice2"] = _http(api, "POST", detect, raw=jpeg["alice2"])[0]["faceId"]
    ctx["bob"] = _http(api, "POST", detect, raw=jpeg["bob"])[0]["faceId"]
    for key, user_data in (("lfl", "ready"), ("lfl_del", ""), ("lfl_empty", "")):
        ctx[key] = "{}-{}".format(prefix, key.replace("_", "-"))
        _http(api, "PUT", "/largefacelists/" + ctx[key], {"name": key, "userData": user_data,
                                                          "recognitionModel": "recognition_04"})
    ctx["lfl_face"] = _http(api, "POST", "/largefacelists/{}/persistedfaces".format(ctx["lfl"]),
                            raw=jpeg["alice"])["persistedFaceId"]
    ctx["lfl_face_del"] = _http(api, "POST", "/largefacelists/{}/persistedfaces".format(ctx["lfl"]),
                                raw=jpeg["bob"])["persistedFaceId"]
    for key, user_data in (("lpg", ""), ("lpg_untrained", ""), ("lpg_del", ""), ("lpg_del2", ""), ("lpg_empty", ""),
                           ("lpg_fail", "emulator:fail-training")):
        ctx[key] = "{}-{}".format(prefix, key.replace("_", "-"))
        _http(api, "PUT", "/largepersongroups/" + ctx[key], {"name": key, "userData": user_data,
                                                             "recognitionModel": "recognition_04"})
    persons = "/largepersongroups/{}/persons".format(ctx["lpg"])
    ctx["person"] = _http(api, "POST", persons, {"name": "alice"})["personId"]
    ctx["person_del"] = _http(api, "POST", persons, {"name": "gone"})["personId"]
    faces = "{}/{}/persistedfaces".format(persons, ctx["person"])
    ctx["person_face"] = _http(api, "POST", faces, raw=jpeg["alice"])["persistedFaceId"]
    ctx["person_face_del"] = _http(api, "POST", faces, raw=jpeg["alice2"])["persistedFaceId"]
    fail_persons = "/largepersongroups/{}/persons".format(ctx["lpg_fail"])
    fail_person = _http(api, "POST", fail_persons, {"name": "x"})["personId"]
    _http(api, "POST", "{}/{}/persistedfaces".format(fail_persons, fail_person), raw=jpeg["bob"])
    for key in ("lfl",):
        _train(api, "/largefacelists/" + ctx[key])
    _train(api, "/largepersongroups/" + ctx["lpg"])
    for key in ("session", "session_del", "session_del2"):
        ctx[key] = _http(api, "POST", "/detectLiveness/singleModal/sessions",
                         {"livenessOperationMode": "Passive", "deviceCorrelationId": prefix + key})["sessionId"]
    for key in ("vsession", "vsession_del"):
        ctx[key] = _http(api, "POST", "/detectLivenessWithVerify/singleModal/sessions",
                         {"livenessOperationMode": "Passive", "deviceCorrelationId": prefix + key})["sessionId"]
    entry = _http(emu, "POST", "/_emulator/liveness/{}/attempt".format(ctx["session"]), {})
    _http(emu, "POST", "/_emulator/liveness/{}/attempt".format(ctx["vsession"]), {})
    ctx["session_image"] = entry.get("sessionImageId") or entry["response"]["body"]["sessionImageId"]
    return ctx


def _train(api: str, route: str) -> None:
    import time

    _http(api, "POST", route + "/train")
    for _ in range(200):
        if _http(api, "GET", route + "/training")["status"] in ("succeeded", "failed"):
            return
        time.sleep(0.02)


def _clients(endpoint: str, flavour: str) -> Any:
    from azure.core.credentials import AzureKeyCredential

    if flavour == "sync":
        from azure.ai.vision.face import FaceAdministrationClient, FaceClient, FaceSessionClient
    else:
        from azure.ai.vision.face.aio import FaceAdministrationClient, FaceClient, FaceSessionClient  # type: ignore
    kinds = {"face": FaceClient, "session": FaceSessionClient, "admin": FaceAdministrationClient}
    made: Dict[Any, Any] = {}

    def get(kind: str, key: Optional[str]) -> Any:
        if (kind, key) not in made:
            made[(kind, key)] = kinds[kind](endpoint, AzureKeyCredential(key or KEY), polling_interval=0.01)
        return made[(kind, key)]

    return get, made


def record(flavour: str, recorder: Recorder, endpoint: str, ctx: Dict[str, Any]) -> Dict[str, Any]:
    from azure.ai.vision.face import models
    from azure.core.rest import HttpRequest

    get, made = _clients(endpoint, flavour)
    out: Dict[str, Any] = {}

    def begin(case: _cases.Case) -> None:
        recorder.exchanges = []
        recorder.canned = case.canned

    def end(case: _cases.Case, outcome: Dict[str, Any]) -> None:
        out[case.name] = {"exchanges": recorder.exchanges, "outcome": outcome}
        print(flavour, case.name, json.dumps(outcome)[:150])

    if flavour == "sync":
        for case in _cases.CASES:
            begin(case)
            end(case, _cases.run_sync(get, case, ctx, models, HttpRequest))
        for client in made.values():
            client.close()
    else:
        async def main() -> None:
            for case in _cases.CASES:
                begin(case)
                end(case, await _cases.run_async(get, case, ctx, models, HttpRequest))
            for client in made.values():
                await client.close()

        asyncio.run(main())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--our-python", default=sys.executable, help="a Python that can import this repo's emulator")
    parser.add_argument("-o", "--output", default=str(HERE / "fixtures" / "published-1.0.0b2.json"))
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    images = json.loads(subprocess.run([args.our_python, "-c", IMAGES_SCRIPT], env=env, cwd=str(ROOT),
                                       check=True, capture_output=True, text=True).stdout)
    emu_proc = subprocess.Popen([args.our_python, "-m", "azure.ai.vision.face.emulator", "--key", KEY,
                                 "--training-seconds", "0.05"], env=env, cwd="/", stdout=subprocess.PIPE, text=True)
    try:
        line = emu_proc.stdout.readline()  # type: ignore[union-attr]
        emu = line.split(" on ", 1)[1].split(" ", 1)[0]
        recorder = Recorder(emu)
        threading.Thread(target=recorder.serve_forever, daemon=True).start()
        endpoint = "http://127.0.0.1:{}".format(recorder.server_address[1])
        import azure.core

        fixture: Dict[str, Any] = {
            "about": "Observations of the published azure-ai-vision-face 1.0.0b2 (black box), by tests/compat/record.py",
            "azure_core": azure.core.__version__, "endpoint": endpoint, "key": KEY, "flavours": {}}
        for flavour in ("sync", "async"):
            ctx = setup(emu, "compat-" + flavour, images)
            fixture["flavours"][flavour] = {"ctx": ctx, "cases": record(flavour, recorder, endpoint, ctx)}
        recorder.shutdown()
    finally:
        emu_proc.terminate()
        emu_proc.wait()
    pathlib.Path(args.output).write_text(json.dumps(fixture, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
