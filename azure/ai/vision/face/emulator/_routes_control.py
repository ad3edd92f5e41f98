"""Test-control routes under ``/_emulator/`` (never under ``/face/``).

* ``POST /_emulator/reset`` - drop all state.
* ``POST /_emulator/faults`` - JSON ``{"count", "status", "method", "path", "code",
  "message", "retryAfter", "dropConnection"}``; ``DELETE /_emulator/faults`` clears.
* ``PUT /_emulator/ratelimit`` - JSON ``{"callsPerMinute": N or null}``.
* ``POST /_emulator/liveness/{sessionId}/attempt`` - JSON ``{"decision", "verifyMatch",
  "image" (base64, optional)}``; returns the audit entry.
* ``PUT /_emulator/blobs/{name}`` (body = bytes) / ``GET`` / ``DELETE`` - a tiny blob
  store whose URLs detect and add-face accept.  ``GET`` needs no key.
* ``GET /_emulator/requests`` - the request log (bodies as sizes, keys and tokens redacted).
* ``GET /_emulator/health`` - ``{"status": "ok", ...}``.

All of them except ``GET /_emulator/blobs/...`` need the same key header as the API.
"""

from __future__ import annotations

import base64
import binascii

from ._errors import FaceServiceError, bad_argument, not_found
from ._http import Request, Response, Router, empty_response, json_response
from ._util import get_bool, get_int, get_number, get_str


def reset(req: Request) -> Response:
    req.emulator.reset()
    return empty_response()


def add_fault(req: Request) -> Response:
    body = req.json()
    status = get_int(body, "status", None, 100, 599)
    if status is None:
        raise bad_argument("Missing required field 'status' in the request body.")
    try:
        req.emulator.fail_next(
            get_int(body, "count", 1, 1, 1_000_000) or 1,
            status,
            method=get_str(body, "method"),
            path=get_str(body, "path"),
            code=get_str(body, "code"),
            message=get_str(body, "message"),
            retry_after=get_number(body, "retryAfter", None, 0, 86400),
            drop_connection=get_bool(body, "dropConnection", False),
        )
    except ValueError as exc:  # e.g. a code with CR/LF, which would inject headers
        raise bad_argument(f"Invalid fault: {exc}.")
    return empty_response(201)


def clear_faults(req: Request) -> Response:
    req.emulator.clear_faults()
    return empty_response()


def set_rate_limit(req: Request) -> Response:
    body = req.json()
    req.emulator.set_rate_limit(get_int(body, "callsPerMinute", None, 0, 10_000_000))
    return empty_response()


def liveness_attempt(req: Request, sid: str) -> Response:
    body = req.json(required=False)
    image = None
    if body.get("image") is not None:
        try:
            image = base64.b64decode(str(body["image"]), validate=True)
        except (binascii.Error, ValueError):
            raise bad_argument("Field 'image' must be base64-encoded image bytes.")
    entry = req.emulator.submit_liveness_attempt(
        sid,
        decision=get_str(body, "decision", "realface") or "realface",
        verify_match=get_bool(body, "verifyMatch", True),
        image=image,
    )
    return json_response(entry)


def put_blob(req: Request, name: str) -> Response:
    req.store.blobs[name] = bytes(req.body)
    return empty_response(201, {"Location": f"{req.emulator.endpoint}/_emulator/blobs/{name}"})


def get_blob(req: Request, name: str) -> Response:
    data = req.store.blobs.get(name)
    if data is None:
        raise not_found("BlobNotFound", f"Blob '{name}' does not exist.")
    return Response(200, data, "application/octet-stream")


def delete_blob(req: Request, name: str) -> Response:
    if req.store.blobs.pop(name, None) is None:
        raise not_found("BlobNotFound", f"Blob '{name}' does not exist.")
    return empty_response()


def list_requests(req: Request) -> Response:
    return json_response(req.emulator.request_log())


def health(req: Request) -> Response:
    emu = req.emulator
    return json_response({"status": "ok", "endpoint": emu.endpoint, "versions": ["v1.0", "v1.1-preview.1", "v1.2-preview.1", "v1.2"]})


def register(router: Router) -> None:
    router.add("POST", "/reset", reset)
    router.add("POST", "/faults", add_fault)
    router.add("DELETE", "/faults", clear_faults)
    router.add("PUT", "/ratelimit", set_rate_limit)
    router.add("POST", "/liveness/{sid}/attempt", liveness_attempt)
    router.add("PUT", "/blobs/{name}", put_blob)
    router.add("GET", "/blobs/{name}", get_blob)
    router.add("DELETE", "/blobs/{name}", delete_blob)
    router.add("GET", "/requests", list_requests)
    router.add("GET", "/health", health)


__all__ = ["register", "FaceServiceError"]
