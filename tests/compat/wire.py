"""Compare our requests and outcomes with the recorded ones of the published package.

The fixture (``fixtures/published-1.0.0b2.json``, written by ``record.py``) holds, per flavour (``sync``: requests
transport, ``async``: aiohttp), the setup ids (``ctx``) and per case the exchanges (request as seen on the wire,
response) and the outcome. ``view`` reduces a request to what a user or the service can notice: method, path, raw
query, the Accept and Content-Type headers (multipart boundary left out), headers a caller added, and the body
(JSON parsed, multipart parts, other bytes by digest).

``DIFFERENCES`` is the ONE list of deliberate differences from the published package; each has its reason and is
also listed in the README section "Differences from the published package".
"""
from __future__ import annotations

import base64
import hashlib
import json
import pathlib
from typing import Any, Dict, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "published-1.0.0b2.json"
CALLER_HEADERS = ("x-compat-header",)

# case name -> (what may differ: "outcome" and/or "request", reason). Applies to both flavours.
DIFFERENCES: Dict[str, Tuple[Tuple[str, ...], str]] = {
    "verify-500-html": (
        ("outcome",),
        "An error status with a body that is not JSON raises HttpResponseError (status 500, the body in the message); "
        "the published package lets a bare json.JSONDecodeError escape.",
    ),
    "verifysession-create-json-image": (
        ("outcome", "request"),
        "create_liveness_with_verify_session with a verify image accepts the options as a JSON mapping keyed by wire "
        "names (camelCase, as every other JSON body of the API); the published package raises TypeError for it.",
    ),
    "verifysession-create-snake-json": (
        ("outcome", "request"),
        "create_liveness_with_verify_session without a verify image sends a mapping keyed by the models' attribute "
        "names (snake_case) with the service's JSON names, as it does with an image; the published package sends "
        "the snake_case keys unchanged and the service refuses them.",
    ),
    "lfl-delete-missing-stream": (
        ("outcome", "request"),
        "stream=True is accepted by the operations whose answer is empty (create, update, delete) as by all the "
        "others; the published package raises TypeError (\"Pipeline.run() got multiple values for keyword argument "
        "'stream'\") before sending.",
    ),
    "attribute:error-model": (
        (),
        "Errors mapped to a specific type (401/404/409/304) keep the parsed FaceErrorResponse as .model (the "
        "published package sets it only on unmapped statuses); nothing a recorded outcome holds differs.",
    ),
}


def load() -> Dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _digest(data: bytes) -> Dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "length": len(data)}


def _json_or_digest(data: bytes) -> Any:
    try:
        return {"json": json.loads(data.decode("utf-8"))}
    except (UnicodeDecodeError, ValueError):
        return _digest(data)


def _multipart(data: bytes, boundary: str) -> List[Dict[str, Any]]:
    parts = []
    for chunk in data.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, payload = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.pop("content-disposition", "")
        fields = dict(item.strip().split("=", 1) for item in disposition.split(";")[1:])
        parts.append({
            "name": fields.get("name", "").strip('"'),
            "filename": fields["filename"].strip('"') if "filename" in fields else None,
            "content-type": headers.get("content-type"),
            "data": _json_or_digest(payload),
        })
    return parts


def view(method: str, url: str, headers: Mapping[str, str], body: Dict[str, Any]) -> Dict[str, Any]:
    """The noticeable parts of a request. ``body``: ``{"bytes": b}``, ``{"parts": {...}}`` (in memory) or ``{}``."""
    low = {k.lower(): v for k, v in headers.items()}
    ctype = low.get("content-type")
    out: Dict[str, Any] = {
        "method": method,
        "path": urlsplit(url).path,
        "query": urlsplit(url).query,
        "accept": low.get("accept", "*/*"),
        "content-type": ctype.split(";")[0] if ctype else None,
    }
    for name in CALLER_HEADERS:
        if name in low:
            out[name] = low[name]
    data = body.get("bytes")
    if "parts" in body:
        out["content-type"] = "multipart/form-data"
        out["body"] = [{"name": name, "filename": part["filename"], "content-type": None,
                        "data": _json_or_digest(part["data"])} for name, part in body["parts"].items()]
    elif data:
        if ctype and ctype.startswith("multipart/form-data"):
            out["body"] = _multipart(data, ctype.split("boundary=", 1)[1].strip('"'))
        elif ctype and "json" in ctype:
            out["body"] = _json_or_digest(data)
        else:
            out["body"] = _digest(data)
    else:
        out["body"] = None
    return out


def recorded_views(case: Dict[str, Any]) -> List[Dict[str, Any]]:
    return [view(e["request"]["method"], e["request"]["target"], e["request"]["headers"],
                 {"bytes": base64.b64decode(e["request"]["body"])}) for e in case["exchanges"]]


def allowed(name: str, aspect: str) -> Optional[str]:
    """The reason a difference of ``aspect`` in case ``name`` is kept on purpose, or None."""
    entry = DIFFERENCES.get(name)
    return entry[1] if entry and aspect in entry[0] else None


# --------------------------------------------------------------------------- running a case on OUR package


def clients_factory(flavour: str, endpoint: str, transport: Any = None) -> Tuple[Any, Dict[Any, Any]]:
    """``get(kind, key)`` for ``cases.run_sync``/``run_async``: our clients, on ``transport`` when given."""
    from azure.core.credentials import AzureKeyCredential

    if flavour == "sync":
        from azure.ai.vision.face import FaceAdministrationClient, FaceClient, FaceSessionClient
    else:
        from azure.ai.vision.face.aio import FaceAdministrationClient, FaceClient, FaceSessionClient  # type: ignore
    kinds = {"face": FaceClient, "session": FaceSessionClient, "admin": FaceAdministrationClient}
    made: Dict[Any, Any] = {}
    # retries keep their number (they are part of what is compared) but not their wait
    options: Dict[str, Any] = {"polling_interval": 0.01, "retry_backoff_factor": 0.001}
    if transport is not None:
        options["transport"] = transport

    def get(kind: str, key: Optional[str]) -> Any:
        if (kind, key) not in made:
            made[(kind, key)] = kinds[kind](endpoint, AzureKeyCredential(key or "compat-key"), **options)
        return made[(kind, key)]

    return get, made


def outcome_diff(name: str, ours: Dict[str, Any], theirs: Dict[str, Any]) -> Optional[str]:
    """None when outcomes agree (or differ as allowed); otherwise a readable description."""
    if ours == theirs or allowed(name, "outcome"):
        return None
    return "outcome differs:\n  ours:      {}\n  published: {}".format(
        json.dumps(ours, sort_keys=True)[:800], json.dumps(theirs, sort_keys=True)[:800])


def requests_diff(name: str, ours: List[Dict[str, Any]], theirs: List[Dict[str, Any]]) -> Optional[str]:
    if ours == theirs or allowed(name, "request"):
        return None
    lines = ["requests differ ({} ours, {} published):".format(len(ours), len(theirs))]
    for index in range(max(len(ours), len(theirs))):
        a = ours[index] if index < len(ours) else None
        b = theirs[index] if index < len(theirs) else None
        if a != b:
            lines.append("  #{} ours:      {}".format(index, json.dumps(a, sort_keys=True)[:600]))
            lines.append("  #{} published: {}".format(index, json.dumps(b, sort_keys=True)[:600]))
    return "\n".join(lines)
