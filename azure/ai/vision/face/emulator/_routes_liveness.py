"""Liveness session routes (with and without verify) and session images.

The emulator has no front end: a session moves from ``NotStarted`` to
``ResultAvailable`` when a test calls :meth:`FaceEmulator.submit_liveness_attempt`
(or ``POST /_emulator/liveness/{sessionId}/attempt``), which records an audit
entry with the chosen decision, stores a session image and, for with-verify
sessions, a verification outcome.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Any, Dict, List, Optional, Tuple

from ._common import detect
from ._errors import FaceServiceError, bad_argument, invalid_image, not_found
from ._http import LIVENESS_VERSIONS, SESSION_IMAGE_VERSIONS, App, Request, Response, Router, empty_response, json_response
from ._store import LIVENESS, LIVENESS_WITH_VERIFY
from ._util import get_bool, get_enum, get_int, get_number, get_str, iso, new_id, now, prune_none
from .images import FaceSpec, make_face_image

LIVENESS_MODELS = ("2022-10-15-preview.04", "2023-12-20-preview.06")
LATEST_MODEL = LIVENESS_MODELS[-1]
DECISIONS = ("realface", "spoofface", "uncertain")
DEFAULT_VERIFY_THRESHOLD = 0.5


# --------------------------------------------------------------------------- parsing


def parse_multipart(req: Request) -> Dict[str, Tuple[Dict[str, str], bytes]]:
    ctype = req.header("content-type")
    m = re.search(r'boundary="?([^";]+)"?', ctype, re.IGNORECASE)
    if not m:
        raise bad_argument("multipart/form-data request without a boundary.")
    delimiter = b"--" + m.group(1).encode("latin-1")
    parts: Dict[str, Tuple[Dict[str, str], bytes]] = {}
    for chunk in req.body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        if chunk.startswith(b"\r\n"):
            chunk = chunk[2:]
        if chunk.endswith(b"\r\n"):
            chunk = chunk[:-2]
        head, _, content = chunk.partition(b"\r\n\r\n")
        headers: Dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        dm = re.search(r'name="([^"]*)"', headers.get("content-disposition", ""))
        if dm:
            parts[dm.group(1)] = (headers, content)
    return parts


def _session_params(body: Dict[str, Any], with_verify: bool) -> Dict[str, Any]:
    mode = get_enum(body, "livenessOperationMode", ("Passive", "PassiveActive"), None)
    if mode is None:
        raise bad_argument("Missing required field 'livenessOperationMode' in the request body.")
    set_in_client = get_bool(body, "deviceCorrelationIdSetInClient", False)
    device = get_str(body, "deviceCorrelationId")
    if not set_in_client and not device:
        raise bad_argument("Field 'deviceCorrelationId' is required when 'deviceCorrelationIdSetInClient' is false.")
    params = {
        "livenessOperationMode": mode,
        "deviceCorrelationIdSetInClient": set_in_client,
        "deviceCorrelationId": device,
        "sendResultsToClient": get_bool(body, "sendResultsToClient", False),
        "enableSessionImage": get_bool(body, "enableSessionImage", False),
        "livenessSingleModalModel": get_enum(body, "livenessSingleModalModel", LIVENESS_MODELS, None),
        "authTokenTimeToLiveInSeconds": get_int(body, "authTokenTimeToLiveInSeconds", 600, 60, 86400),
    }
    if with_verify:
        params["returnVerifyImageHash"] = get_bool(body, "returnVerifyImageHash", False)
        params["verifyConfidenceThreshold"] = get_number(body, "verifyConfidenceThreshold", None, 0.0, 1.0)
    return params


# --------------------------------------------------------------------------- views


def _expired(session: Dict[str, Any]) -> bool:
    expires: float = session["createdDateTime"] + session["authTokenTimeToLiveInSeconds"]
    return now() > expires


def item_view(session: Dict[str, Any]) -> Dict[str, Any]:
    return prune_none(
        {
            "id": session["id"],
            "createdDateTime": iso(session["createdDateTime"]),
            "sessionStartDateTime": iso(session.get("sessionStartDateTime")),
            "sessionExpired": _expired(session),
            "deviceCorrelationId": session.get("deviceCorrelationId"),
            "authTokenTimeToLiveInSeconds": session["authTokenTimeToLiveInSeconds"],
        }
    )


def session_view(session: Dict[str, Any]) -> Dict[str, Any]:
    out = item_view(session)
    out["status"] = session["status"]
    if session["audit"]:
        out["result"] = session["audit"][-1]
    return out


# --------------------------------------------------------------------------- routes


def _lookup(req: Request, kind: str, session_id: str) -> Dict[str, Any]:
    session = req.store.sessions[kind].get(session_id.lower())
    if session is None:
        raise not_found("SessionNotFound", f"Session '{session_id}' is not found.")
    return session


def create_session(req: Request, kind: str) -> Response:
    with_verify = kind == LIVENESS_WITH_VERIFY
    image: Optional[bytes] = None
    if with_verify and req.content_type == "multipart/form-data":
        parts = parse_multipart(req)
        if "Parameters" not in parts:
            raise bad_argument("Missing required form part 'Parameters'.")
        if "VerifyImage" not in parts:
            raise bad_argument("Missing required form part 'VerifyImage'.")
        req.body = parts["Parameters"][1]
        body = req.json()
        image = parts["VerifyImage"][1]
    else:
        body = req.json()
    params = _session_params(body, with_verify)
    verify_image: Optional[Dict[str, Any]] = None
    if image is not None:
        faces = detect(req, image)
        if not faces:
            raise invalid_image("No face detected in the verify image.")
        if len(faces) > 1:
            raise invalid_image("The verify image must contain exactly one face.")
        verify_image = {
            "identity": faces[0].identity,
            "faceRectangle": faces[0].face_rectangle,
            "qualityForRecognition": faces[0].quality,
            "sha256": hashlib.sha256(image).hexdigest(),
        }
    session_id = new_id()
    session = dict(params)
    session.update(
        {
            "id": session_id,
            "kind": kind,
            "version": req.version,
            "authToken": secrets.token_urlsafe(32),
            "createdDateTime": now(),
            "sessionStartDateTime": None,
            "status": "NotStarted",
            "verifyImage": verify_image,
            "audit": [],
        }
    )
    req.store.sessions[kind][session_id] = session
    out: Dict[str, Any] = {"sessionId": session_id, "authToken": session["authToken"]}
    if verify_image is not None:
        out["verifyImage"] = {
            "faceRectangle": verify_image["faceRectangle"],
            "qualityForRecognition": verify_image["qualityForRecognition"],
        }
    return json_response(out)


def list_sessions(req: Request, kind: str) -> Response:
    start, top = req.paging()
    sessions = sorted(req.store.sessions[kind].values(), key=lambda s: s["id"])
    if start:
        sessions = [s for s in sessions if s["id"] > start]
    return json_response([item_view(s) for s in sessions[:top]])


def get_session(req: Request, kind: str, session_id: str) -> Response:
    return json_response(session_view(_lookup(req, kind, session_id)))


def delete_session(req: Request, kind: str, session_id: str) -> Response:
    session = _lookup(req, kind, session_id)
    del req.store.sessions[kind][session["id"]]
    return empty_response()


def list_audit(req: Request, kind: str, session_id: str) -> Response:
    session = _lookup(req, kind, session_id)
    raw_start, top = req.paging()
    start = -1
    if raw_start:
        try:
            start = int(raw_start)
        except ValueError:
            raise bad_argument("Query parameter 'start' must be an audit entry id (integer).")
    entries = [e for e in session["audit"] if e["id"] > start]
    return json_response(entries[:top])


def get_session_image(req: Request, image_id: str) -> Response:
    data = req.store.session_images.get(image_id.lower()) or req.store.session_images.get(image_id)
    if data is None:
        raise not_found("SessionImageNotFound", f"Session image '{image_id}' is not found.")
    return Response(200, data, "application/octet-stream")


# --------------------------------------------------------------------------- front-end simulation


def find_session(emulator: App, session_id: str) -> Dict[str, Any]:
    for kind in (LIVENESS, LIVENESS_WITH_VERIFY):
        session = emulator.store.sessions[kind].get(str(session_id).lower())
        if session is not None:
            return session
    raise not_found("SessionNotFound", f"Session '{session_id}' is not found.")


def submit_attempt(
    emulator: App,
    session_id: str,
    *,
    decision: str = "realface",
    verify_match: bool = True,
    image: Optional[bytes] = None,
) -> Dict[str, Any]:
    """Record a liveness attempt for a session (see the module docstring)."""
    if decision not in DECISIONS:
        raise bad_argument(f"Invalid decision '{decision}'; allowed: {', '.join(DECISIONS)}.")
    session = find_session(emulator, session_id)
    t = now()
    verify = session.get("verifyImage")
    subject = verify["identity"] if verify else f"liveness-subject-{session['id']}"
    identity = subject if verify_match else subject + "#someone-else"
    rectangle = {"top": 120, "left": 220, "width": 200, "height": 200}
    if image is None:
        image = make_face_image(
            [FaceSpec(identity, rectangle["top"], rectangle["left"], rectangle["width"], rectangle["height"])],
            format="jpeg",
        )
    else:
        faces = emulator.engine.detect(image)
        if faces:
            rectangle = faces[0].face_rectangle
            identity = faces[0].identity
    image_id = new_id()
    emulator.store.session_images[image_id] = bytes(image)
    emulator.store.meta["auditCounter"] = int(emulator.store.meta.get("auditCounter", 0)) + 1
    kind = session["kind"]
    body: Dict[str, Any] = {
        "livenessDecision": decision,
        "target": {"faceRectangle": rectangle, "fileName": "content.bin", "timeOffsetWithinFile": 0, "imageType": "Color"},
        "modelVersionUsed": session.get("livenessSingleModalModel") or LATEST_MODEL,
    }
    if kind == LIVENESS_WITH_VERIFY:
        reference = verify["identity"] if verify else subject
        confidence = emulator.engine.compare(identity, reference, "recognition_04")
        threshold = session.get("verifyConfidenceThreshold")
        threshold = DEFAULT_VERIFY_THRESHOLD if threshold is None else threshold
        body["verifyResult"] = {
            "verifyImage": {
                "faceRectangle": verify["faceRectangle"] if verify else rectangle,
                "qualityForRecognition": verify["qualityForRecognition"] if verify else "high",
            },
            "matchConfidence": confidence,
            "isIdentical": confidence >= threshold,
        }
    request_id = new_id()
    entry: Dict[str, Any] = {
        "id": emulator.store.meta["auditCounter"],
        "sessionId": session["id"],
        "requestId": request_id,
        "clientRequestId": new_id(),
        "receivedDateTime": iso(t),
        "request": {
            "url": f"/face/{session.get('version', 'v1.2-preview.1')}/{kind.lower()}/singlemodal",
            "method": "POST",
            "contentLength": len(image),
            "contentType": "multipart/form-data",
            "userAgent": "AzureFaceEmulator/1.0 (emulated liveness client)",
        },
        "response": {"body": body, "statusCode": 200, "latencyInMilliseconds": 120},
        "digest": hashlib.sha256(image).hexdigest().upper(),
        "sessionImageId": image_id,
    }
    if verify is not None and session.get("returnVerifyImageHash"):
        entry["verifyImageHash"] = verify["sha256"]
    session["audit"].append(entry)
    session["status"] = "ResultAvailable"
    if session.get("sessionStartDateTime") is None:
        session["sessionStartDateTime"] = t
    return entry


def register(router: Router) -> None:
    for kind in (LIVENESS, LIVENESS_WITH_VERIFY):
        base = f"/{kind}/singleModal/sessions"
        router.add("POST", base, lambda req, k=kind: create_session(req, k), LIVENESS_VERSIONS)
        router.add("GET", base, lambda req, k=kind: list_sessions(req, k), LIVENESS_VERSIONS)
        router.add("GET", base + "/{sid}", lambda req, sid, k=kind: get_session(req, k, sid), LIVENESS_VERSIONS)
        router.add("DELETE", base + "/{sid}", lambda req, sid, k=kind: delete_session(req, k, sid), LIVENESS_VERSIONS)
        router.add("GET", base + "/{sid}/audit", lambda req, sid, k=kind: list_audit(req, k, sid), LIVENESS_VERSIONS)
    router.add("GET", "/session/sessionImages/{image_id}", get_session_image, SESSION_IMAGE_VERSIONS)
