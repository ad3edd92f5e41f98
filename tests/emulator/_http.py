"""Tiny raw-HTTP client for the emulator tests (stdlib only, no SDK)."""

from __future__ import annotations

import http.client
import json as _json
from dataclasses import dataclass
from typing import Any, Dict, Optional
from urllib.parse import urlsplit

V = "v1.2-preview.1"
_DEFAULT = object()


@dataclass
class Resp:
    status: int
    headers: Dict[str, str]
    body: bytes

    def json(self) -> Any:
        return _json.loads(self.body)

    @property
    def error_code(self) -> Optional[str]:
        try:
            return self.json()["error"]["code"]
        except (ValueError, KeyError, TypeError):  # not JSON, or not the standard error body
            return None

    def header(self, name: str) -> Optional[str]:
        for k, v in self.headers.items():
            if k.lower() == name.lower():
                return v
        return None


class Http:
    def __init__(self, emu: Any, version: str = V) -> None:
        self.emu = emu
        self.version = version

    def call(
        self,
        method: str,
        path: str,
        json: Any = None,
        data: Optional[bytes] = None,
        *,
        key: Any = _DEFAULT,
        headers: Optional[Dict[str, str]] = None,
        content_type: Optional[str] = None,
        absolute: bool = False,
        version: Optional[str] = None,
    ) -> Resp:
        if path.startswith("http"):
            path = urlsplit(path).path + ("?" + urlsplit(path).query if urlsplit(path).query else "")
        elif not absolute:
            path = f"/face/{version or self.version}{path}"
        hdrs: Dict[str, str] = {}
        if key is _DEFAULT:
            hdrs["Ocp-Apim-Subscription-Key"] = self.emu.key
        elif key is not None:
            hdrs["Ocp-Apim-Subscription-Key"] = key
        body = data
        if json is not None:
            body = _json.dumps(json).encode()
            hdrs["Content-Type"] = "application/json"
        elif data is not None:
            hdrs["Content-Type"] = content_type or "application/octet-stream"
        hdrs.update(headers or {})
        conn = http.client.HTTPConnection("127.0.0.1", self.emu.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            payload = resp.read()
            return Resp(resp.status, dict(resp.getheaders()), payload)
        finally:
            conn.close()

    def get(self, path: str, **kw: Any) -> Resp:
        return self.call("GET", path, **kw)

    def post(self, path: str, json: Any = None, data: Optional[bytes] = None, **kw: Any) -> Resp:
        return self.call("POST", path, json=json, data=data, **kw)

    def put(self, path: str, json: Any = None, **kw: Any) -> Resp:
        return self.call("PUT", path, json=json, **kw)

    def patch(self, path: str, json: Any = None, **kw: Any) -> Resp:
        return self.call("PATCH", path, json=json, **kw)

    def delete(self, path: str, **kw: Any) -> Resp:
        return self.call("DELETE", path, **kw)

    # conveniences -----------------------------------------------------------

    def detect(self, image: bytes, query: str = "", **kw: Any) -> Resp:
        return self.post("/detect" + (("?" + query) if query else ""), data=image, **kw)

    def face_id(self, image: bytes, model: str = "recognition_04") -> str:
        r = self.detect(image, f"recognitionModel={model}")
        assert r.status == 200, r.body
        return r.json()[0]["faceId"]

    def wait_operation(self, location: str, timeout: float = 5.0) -> Dict[str, Any]:
        import time

        deadline = time.time() + timeout
        while True:
            r = self.get(location)
            assert r.status == 200, r.body
            body = r.json()
            if body["status"] in ("succeeded", "failed") or time.time() > deadline:
                return body
            time.sleep(0.02)
