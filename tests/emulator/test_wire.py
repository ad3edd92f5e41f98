"""The wire server on its own: TLS wrapping (the hook https serving builds on)."""

from __future__ import annotations

import http.client
import shutil
import socket
import ssl
import subprocess
import threading
from typing import Dict, Optional

import pytest

from azure.ai.vision.face.emulator._http import Response, json_response
from azure.ai.vision.face.emulator._wire import WireServer


class _Echo:
    def admit(self, method: str, target: str, headers: Dict[str, str]) -> Optional[Response]:
        return None

    def dispatch(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> Response:
        return json_response({"method": method, "path": target, "length": len(body)})


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_tls_connections_are_served_and_a_stalled_handshake_is_cut(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    server = WireServer(("127.0.0.1", 0), _Echo(), ssl_context=context, request_timeout=0.5)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        stalled = socket.create_connection(("127.0.0.1", port), timeout=10)  # connects, never says hello
        client_context = ssl.create_default_context(cafile=str(cert))
        client_context.check_hostname = False
        conn = http.client.HTTPSConnection("127.0.0.1", port, context=client_context, timeout=10)
        conn.request("POST", "/x?y=1", body=b"abc")
        resp = conn.getresponse()
        assert resp.status == 200 and b'"length":3' in resp.read()
        conn.close()
        assert stalled.recv(1) == b""  # cut at the handshake deadline
        stalled.close()
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join(5)
