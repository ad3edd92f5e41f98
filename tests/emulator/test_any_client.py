"""Using the emulator from any language or client: https, the command line's help, and annotating images."""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import subprocess
import sys
import time
from typing import Any, Tuple

import pytest
from azure.core.credentials import AccessToken, AzureKeyCredential

from azure.ai.vision.face import FaceClient
from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator.__main__ import build_parser
from azure.ai.vision.face.emulator.__main__ import main as cli_main
from azure.ai.vision.face.emulator.images import FaceSpec, image_info, make_face_image, read_annotation

from tests._env import package_env
from tests.emulator._tls import self_signed

DETECT = {"detection_model": "detection_03", "recognition_model": "recognition_04", "return_face_id": False}


# --------------------------------------------------------------------------- https


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> Tuple[str, str]:
    return self_signed(tmp_path_factory.mktemp("tls"))


class _StaticToken:
    """A token credential handing out one fixed token (what a test needs to try bearer auth)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(self.token, int(time.time()) + 3600)


def test_https_with_key_and_with_bearer_token(tls_files):
    cert, key = tls_files
    with FaceEmulator(tls_cert=cert, tls_key=key, bearer_tokens=["secret-token"]) as emu:
        assert emu.endpoint == f"https://127.0.0.1:{emu.port}"
        image = make_face_image([FaceSpec("alice")])
        with FaceClient(emu.endpoint, AzureKeyCredential(emu.key), connection_verify=cert) as client:
            assert len(client.detect(image, **DETECT)) == 1
        # azure-core only sends bearer tokens over https: this is what --tls-cert/--tls-key are for.
        with FaceClient(emu.endpoint, _StaticToken("secret-token"), connection_verify=cert) as client:  # type: ignore[arg-type]
            assert len(client.detect(image, **DETECT)) == 1
        emu.put_blob("a.png", image)
        assert emu.blob_url("a.png").startswith("https://")


def test_https_training_location_keeps_the_scheme(tls_files):
    cert, key = tls_files
    with FaceEmulator(tls_cert=cert, tls_key=key) as emu:
        context = ssl.create_default_context(cafile=cert)
        conn = http.client.HTTPSConnection("127.0.0.1", emu.port, context=context, timeout=10)
        headers = {"Ocp-Apim-Subscription-Key": emu.key, "Content-Type": "application/json"}
        conn.request("PUT", "/face/v1.2/largefacelists/l", body=b'{"name": "l"}', headers=headers)
        assert conn.getresponse().read() == b""
        conn.request("POST", "/face/v1.2/largefacelists/l/train", headers=headers)
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 202 and resp.getheader("operation-Location", "").startswith("https://127.0.0.1:")
        conn.close()


def test_a_plain_http_client_does_not_stall_the_https_server(tls_files):
    cert, key = tls_files
    with FaceEmulator(tls_cert=cert, tls_key=key) as emu:
        stuck = socket.create_connection(("127.0.0.1", emu.port))  # connects and never says a word
        plain = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=10)
        with pytest.raises((http.client.HTTPException, OSError)):
            plain.request("GET", "/_emulator/health")
            plain.getresponse().read()
        plain.close()
        context = ssl.create_default_context(cafile=cert)
        conn = http.client.HTTPSConnection("127.0.0.1", emu.port, context=context, timeout=10)
        conn.request("GET", "/_emulator/health", headers={"Ocp-Apim-Subscription-Key": emu.key})
        assert conn.getresponse().status == 200
        conn.close()
        stuck.close()


def test_tls_cert_and_key_go_together(tls_files, capsys):
    with pytest.raises(ValueError):
        FaceEmulator(tls_cert=tls_files[0])
    with pytest.raises(SystemExit) as caught:
        cli_main(["--tls-cert", tls_files[0]])
    assert caught.value.code == 2 and "--tls-cert and --tls-key go together" in capsys.readouterr().err


def test_cli_serves_https(tls_files):
    cert, key = tls_files
    env = package_env()
    proc = subprocess.Popen(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--tls-cert", cert, "--tls-key", key],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Face emulator listening on https://127.0.0.1:"), line
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


# --------------------------------------------------------------------------- --help


def test_help_shows_every_default_and_the_control_routes(monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # no line breaks inside the texts looked for
    text = build_parser().format_help()
    for option, default in (("key", "emulator-key"), ("training-seconds", "0.2"), ("face-id-ttl", "86400"),
                            ("host", "127.0.0.1"), ("port", "0")):
        entry = next(chunk for chunk in text.split("\n  --") if chunk.startswith(f"{option} "))
        assert re.search(rf"\(default:? {re.escape(default)}\)", " ".join(entry.split())), entry
    for route in ("POST /_emulator/reset", "POST /_emulator/faults", "PUT /_emulator/ratelimit",
                  "POST /_emulator/liveness/{sessionId}/attempt", "PUT /_emulator/blobs/{name}",
                  "GET /_emulator/requests", "GET /_emulator/health"):
        assert route in text, route
    assert "--tls-cert" in text and "annotate IN OUT" in text


# --------------------------------------------------------------------------- annotate


@pytest.mark.parametrize("fmt", ["png", "jpeg", "gif", "bmp"])
def test_annotate_writes_a_copy_the_emulator_detects(tmp_path, emu, fmt, capsys):
    source = tmp_path / f"in.{fmt}"
    source.write_bytes(make_face_image([], width=400, height=300, format=fmt))
    target = tmp_path / f"out.{fmt}"
    status = cli_main(["annotate", str(source), str(target), "--face", "alice@10,20,100,110", "--face", "bob:low"])
    assert status == 0 and "annotated with alice, bob" in capsys.readouterr().out
    data = target.read_bytes()
    assert image_info(data) == (fmt, 400, 300)
    faces = read_annotation(data)["faces"]
    assert faces[0] == {"identity": "alice", "faceRectangle": {"top": 20, "left": 10, "width": 100, "height": 110},
                        "qualityForRecognition": "high"}
    assert faces[1]["identity"] == "bob" and faces[1]["qualityForRecognition"] == "low"
    right = faces[1]["faceRectangle"]
    assert right["left"] + right["width"] <= 400 and right["top"] + right["height"] <= 300
    with FaceClient(emu.endpoint, AzureKeyCredential(emu.key)) as client:
        detected = client.detect(data, **DETECT)
    assert sorted(f.face_rectangle.left for f in detected) == [10, right["left"]]


def test_annotate_in_place_replaces_an_earlier_annotation(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(make_face_image([FaceSpec("old")], format="jpeg"))
    assert cli_main(["annotate", str(path), str(path), "--face", "new"]) == 0
    assert [f["identity"] for f in read_annotation(path.read_bytes())["faces"]] == ["new"]


@pytest.mark.parametrize(
    "content, face, message",
    [
        (b"not an image at all", "alice", "is not a PNG, JPEG, GIF or BMP file"),
        (None, "alice@1,2,3", "LEFT,TOP,WIDTH,HEIGHT"),
        (None, "alice@600,0,100,100", "does not fit a 640x480 image"),
        (None, "@1,1,5,5", "has no name"),
    ],
)
def test_annotate_rejects_bad_input(tmp_path, capsys, content, face, message):
    source = tmp_path / "in.png"
    source.write_bytes(make_face_image([]) if content is None else content)
    with pytest.raises(SystemExit) as caught:
        cli_main(["annotate", str(source), str(tmp_path / "out.png"), "--face", face])
    assert caught.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "out.png").exists()
