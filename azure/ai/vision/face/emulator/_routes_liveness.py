"""Liveness session routes of the previews (with and without verify) and their session images.

The emulator has no front end: a session moves from ``NotStarted`` to
``ResultAvailable`` when a test calls :meth:`FaceEmulator.submit_liveness_attempt`
(or ``POST /_emulator/liveness/{sessionId}/attempt``), which records an audit
entry with the chosen decision, a session image when the session was created with
``enableSessionImage`` and, for with-verify sessions, a verification outcome.
An attempt is refused once the session's token has expired or its
:data:`~._liveness.MAX_ATTEMPTS` attempts are used up (see :mod:`._liveness`).

The GA API (``/face/v1.2``) has its own routes: :mod:`._routes_liveness_ga`.
"""

from __future__ import annotations

import secrets
from typing import Any, Dict, Optional, Tuple

from ._common import describe_verify_image
from ._errors import bad_argument, not_found
from ._http import Request, Response, Router, empty_response, json_response
from ._liveness import GA_API, PREVIEW_MODELS, expired
from ._multipart import has_filename, parse_multipart
from ._store import LIVENESS, LIVENESS_WITH_VERIFY
from ._util import get_bool, get_enum, get_int, get_number, get_str, iso, new_id, now, prune_none

LIVENESS_MODELS = PREVIEW_MODELS
PREVIEW_VERSIONS: Tuple[str, ...] = ("v1.1-preview.1", "v1.2-preview.1")
PREVIEW_SESSION_IMAGE_VERSIONS: Tuple[str, ...] = ("v1.2-preview.1",)


# --------------------------------------------------------------------------- parsing


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


def item_view(session: Dict[str, Any]) -> Dict[str, Any]:
    return prune_none(
        {
            "id": session["id"],
            "createdDateTime": iso(session["createdDateTime"]),
            "sessionStartDateTime": iso(session.get("sessionStartDateTime")),
            "sessionExpired": expired(session),
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
    if session is None or session.get("api") == GA_API:
        raise not_found("SessionNotFound", f"Session '{session_id}' is not found.")
    return session


def prepare_create_session(req: Request, kind: str) -> None:
    """Parse the request and detect the verify image, outside the state lock."""
    with_verify = kind == LIVENESS_WITH_VERIFY
    image: Optional[bytes] = None
    if with_verify and req.content_type == "multipart/form-data":
        parts = parse_multipart(req.header("content-type"), req.body)
        if "Parameters" not in parts:
            raise bad_argument("Missing required form part 'Parameters'.")
        if "VerifyImage" not in parts:
            raise bad_argument("Missing required form part 'VerifyImage'.")
        if not has_filename(parts["VerifyImage"][0]):
            raise bad_argument("The 'VerifyImage' part must name a filename in its Content-Disposition header.")
        req.body = parts["Parameters"][1]
        body = req.json()
        image = parts["VerifyImage"][1]
    else:
        body = req.json()
    params = _session_params(body, with_verify)
    verify_image: Optional[Dict[str, Any]] = None
    if image is not None:
        verify_image = describe_verify_image(req, image)
    req.prepared["session"] = (params, verify_image)


def create_session(req: Request, kind: str) -> Response:
    params, verify_image = req.prepared["session"]
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
    sessions = sorted(
        (s for s in req.store.sessions[kind].values() if s.get("api") != GA_API), key=lambda s: s["id"]
    )
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


def register(router: Router) -> None:
    for kind in (LIVENESS, LIVENESS_WITH_VERIFY):
        base = f"/{kind}/singleModal/sessions"
        router.add("POST", base, lambda req, k=kind: create_session(req, k), PREVIEW_VERSIONS,
                   prepare=lambda req, k=kind: prepare_create_session(req, k))
        router.add("GET", base, lambda req, k=kind: list_sessions(req, k), PREVIEW_VERSIONS)
        router.add("GET", base + "/{sid}", lambda req, sid, k=kind: get_session(req, k, sid), PREVIEW_VERSIONS)
        router.add("DELETE", base + "/{sid}", lambda req, sid, k=kind: delete_session(req, k, sid), PREVIEW_VERSIONS)
        router.add("GET", base + "/{sid}/audit", lambda req, sid, k=kind: list_audit(req, k, sid), PREVIEW_VERSIONS)
    router.add("GET", "/session/sessionImages/{image_id}", get_session_image, PREVIEW_SESSION_IMAGE_VERSIONS)
