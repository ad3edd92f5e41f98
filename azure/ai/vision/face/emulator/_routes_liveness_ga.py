"""Liveness sessions of the GA API (``/face/v1.2``) and their session images.

The GA contract differs from the previews: sessions live under
``/detectLiveness-sessions`` and ``/detectLivenessWithVerify-sessions`` (no
session lists, no audit entries), a with-verify session is always created from a
multipart form whose ``verifyImage`` part carries a filename, a session reports
``status`` as an operation state (``NotStarted``, ``Running``, ``Succeeded``,
``Failed``, ``Canceled``) and its results as ``results.attempts[]`` (plus
``results.verifyReferences[]`` with verification), and session images are read
from ``/sessionImages/{sessionImageId}``.

As with the previews, a test plays the front end with
:meth:`FaceEmulator.submit_liveness_attempt` (or the control route); here that
records one GA attempt.  A session takes at most :data:`MAX_ATTEMPTS` attempts,
none once its token has expired, and none after one succeeded.  A session image
is stored and reported only when the session was created with
``enableSessionImage``.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple

from ._common import detect
from ._errors import FaceServiceError, bad_argument, invalid_image, not_found
from ._multipart import Part, has_filename, parse_multipart
from ._server import Request, Response, Router, empty_response, json_response
from ._store import LIVENESS, LIVENESS_WITH_VERIFY
from ._util import get_bool, get_enum, get_int, get_number, get_str, new_id, now
from .images import FaceSpec, make_face_image

if TYPE_CHECKING:  # pragma: no cover
    from ._server import FaceEmulator

GA_VERSIONS: Tuple[str, ...] = ("v1.2",)
GA_API = "ga"
GA_MODELS: Tuple[str, ...] = ("2024-11-15",)
GA_LATEST_MODEL = GA_MODELS[-1]
OPERATION_MODES: Tuple[str, ...] = ("Passive", "PassiveActive")
DECISIONS: Tuple[str, ...] = ("realface", "spoofface", "uncertain")
MAX_ATTEMPTS = 3
DEFAULT_VERIFY_THRESHOLD = 0.5
_ROUTE_SEGMENT = {LIVENESS: "detectLiveness-sessions", LIVENESS_WITH_VERIFY: "detectLivenessWithVerify-sessions"}


# --------------------------------------------------------------------------- parsing


def _form_bool(value: str, field: str) -> bool:
    low = value.strip().lower()
    if low in ("true", "1"):
        return True
    if low in ("false", "0"):
        return False
    raise bad_argument(f"Invalid value '{value}' for form field '{field}'; expected true or false.")


def _form_number(value: str, field: str, integer: bool) -> float:
    try:
        number = float(value.strip())
    except ValueError:
        raise bad_argument(f"Invalid value '{value}' for form field '{field}'; expected a number.")
    if integer and not number.is_integer():
        raise bad_argument(f"Invalid value '{value}' for form field '{field}'; expected an integer.")
    return number


_FORM_BOOLEANS = ("deviceCorrelationIdSetInClient", "enableSessionImage", "returnVerifyImageHash")
_FORM_INTEGERS = ("authTokenTimeToLiveInSeconds",)
_FORM_NUMBERS = ("verifyConfidenceThreshold",)


def _form_fields(parts: Mapping[str, Part]) -> Dict[str, Any]:
    """Text parts of a multipart create request, typed like the JSON body would be."""
    fields: Dict[str, Any] = {}
    for name, (_, content) in parts.items():
        if name == "verifyImage":
            continue
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_argument(f"Form field '{name}' is not UTF-8 text.")
        if name in _FORM_BOOLEANS:
            fields[name] = _form_bool(text, name)
        elif name in _FORM_INTEGERS:
            fields[name] = int(_form_number(text, name, integer=True))
        elif name in _FORM_NUMBERS:
            fields[name] = _form_number(text, name, integer=False)
        else:
            fields[name] = text
    return fields


def session_params(body: Mapping[str, Any], with_verify: bool) -> Dict[str, Any]:
    """Validated creation parameters of a GA session (JSON body or typed form fields)."""
    mode = get_enum(body, "livenessOperationMode", OPERATION_MODES, None)
    if mode is None:
        raise bad_argument("Missing required field 'livenessOperationMode' in the request body.")
    set_in_client = get_bool(body, "deviceCorrelationIdSetInClient", False)
    device = get_str(body, "deviceCorrelationId")
    if not set_in_client and not device:
        raise bad_argument("Field 'deviceCorrelationId' is required when 'deviceCorrelationIdSetInClient' is false.")
    params: Dict[str, Any] = {
        "livenessOperationMode": mode,
        "deviceCorrelationIdSetInClient": set_in_client,
        "deviceCorrelationId": device,
        "enableSessionImage": get_bool(body, "enableSessionImage", False),
        "livenessModelVersion": get_enum(body, "livenessModelVersion", GA_MODELS, None) or GA_LATEST_MODEL,
        "authTokenTimeToLiveInSeconds": get_int(body, "authTokenTimeToLiveInSeconds", 600, 60, 86400),
    }
    if with_verify:
        params["returnVerifyImageHash"] = get_bool(body, "returnVerifyImageHash", False)
        params["verifyConfidenceThreshold"] = get_number(body, "verifyConfidenceThreshold", None, 0.0, 1.0)
    return params


# --------------------------------------------------------------------------- views


def session_view(session: Dict[str, Any]) -> Dict[str, Any]:
    """The GA wire shape of a session (create and get answer the same)."""
    results: Dict[str, Any] = {"attempts": [dict(a) for a in reversed(session["attempts"])]}
    if session["kind"] == LIVENESS_WITH_VERIFY:
        verify = session["verifyImage"]
        results["verifyReferences"] = [
            {
                "referenceType": "Color",
                "faceRectangle": dict(verify["faceRectangle"]),
                "qualityForRecognition": verify["qualityForRecognition"],
            }
        ]
    return {
        "sessionId": session["id"],
        "authToken": session["authToken"],
        "status": session["status"],
        "modelVersion": session["livenessModelVersion"],
        "results": results,
    }


# --------------------------------------------------------------------------- routes


def lookup(req: Request, kind: str, session_id: str) -> Dict[str, Any]:
    session = req.store.sessions[kind].get(session_id.lower())
    if session is None or session.get("api") != GA_API:
        raise not_found("SessionNotFound", f"Session '{session_id}' is not found.")
    return session


def _verify_reference(req: Request, image: bytes) -> Dict[str, Any]:
    faces = detect(req, image)
    if not faces:
        raise invalid_image("No face detected in the verify image.")
    if len(faces) > 1:
        raise invalid_image("The verify image must contain exactly one face.")
    return {
        "identity": faces[0].identity,
        "faceRectangle": faces[0].face_rectangle,
        "qualityForRecognition": faces[0].quality,
        "sha256": hashlib.sha256(image).hexdigest().upper(),
    }


def create_session(req: Request, kind: str) -> Response:
    with_verify = kind == LIVENESS_WITH_VERIFY
    verify_image: Optional[Dict[str, Any]] = None
    if with_verify:
        if req.content_type != "multipart/form-data":
            raise bad_argument("A liveness-with-verify session is created from a multipart/form-data request.")
        parts = parse_multipart(req.header("content-type"), req.body)
        if "verifyImage" not in parts:
            raise bad_argument("Missing required form part 'verifyImage'.")
        image_headers, image = parts["verifyImage"]
        if not has_filename(image_headers):
            raise bad_argument("The 'verifyImage' part must name a filename in its Content-Disposition header.")
        params = session_params(_form_fields(parts), with_verify)
        verify_image = _verify_reference(req, image)
    else:
        params = session_params(req.json(), with_verify)
    session_id = new_id()
    session: Dict[str, Any] = dict(params)
    session.update(
        {
            "id": session_id,
            "kind": kind,
            "api": GA_API,
            "version": req.version,
            "authToken": secrets.token_urlsafe(32),
            "createdDateTime": now(),
            "sessionStartDateTime": None,
            "status": "NotStarted",
            "verifyImage": verify_image,
            "attempts": [],
            "audit": [],
        }
    )
    req.store.sessions[kind][session_id] = session
    return json_response(session_view(session))


def get_session(req: Request, kind: str, session_id: str) -> Response:
    return json_response(session_view(lookup(req, kind, session_id)))


def delete_session(req: Request, kind: str, session_id: str) -> Response:
    session = lookup(req, kind, session_id)
    for attempt in session["attempts"]:
        image_id = (attempt.get("result") or {}).get("sessionImageId")
        if image_id:
            req.store.session_images.pop(image_id, None)
    del req.store.sessions[kind][session["id"]]
    return empty_response(204)


def get_session_image(req: Request, image_id: str) -> Response:
    data = req.store.session_images.get(image_id) or req.store.session_images.get(image_id.lower())
    if data is None:
        raise not_found("SessionImageNotFound", f"Session image '{image_id}' is not found.")
    return Response(200, data, "application/octet-stream")


# --------------------------------------------------------------------------- front-end simulation


def _expired(session: Mapping[str, Any]) -> bool:
    expires: float = session["createdDateTime"] + session["authTokenTimeToLiveInSeconds"]
    return now() > expires


def check_attempt_allowed(session: Mapping[str, Any], attempts: List[Any]) -> None:
    """Refuse a simulated attempt the way the service refuses the client's token."""
    if _expired(session):
        raise FaceServiceError(
            403, "SessionExpired", f"The auth token of session '{session['id']}' has expired; no attempt is accepted."
        )
    if len(attempts) >= MAX_ATTEMPTS:
        raise FaceServiceError(
            403,
            "AttemptLimitReached",
            f"Session '{session['id']}' has used all of its {MAX_ATTEMPTS} attempts.",
        )


def submit_ga_attempt(
    emulator: "FaceEmulator",
    session: Dict[str, Any],
    *,
    decision: str = "realface",
    verify_match: bool = True,
    image: Optional[bytes] = None,
    error: Optional[str] = None,
) -> Dict[str, Any]:
    """Record one GA attempt on ``session``; returns the attempt as the session reports it."""
    if decision not in DECISIONS:
        raise bad_argument(f"Invalid decision '{decision}'; allowed: {', '.join(DECISIONS)}.")
    attempts: List[Dict[str, Any]] = session["attempts"]
    check_attempt_allowed(session, attempts)
    if any(a["attemptStatus"] == "Succeeded" for a in attempts):
        raise FaceServiceError(
            403, "AttemptLimitReached", f"Session '{session['id']}' already has a successful attempt."
        )
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
    targets = {"color": {"faceRectangle": dict(rectangle)}}
    attempt: Dict[str, Any] = {"attemptId": len(attempts) + 1}
    if error:
        attempt["attemptStatus"] = "Failed"
        attempt["error"] = {"code": error, "message": f"The liveness attempt failed (emulated): {error}.", "targets": targets}
        session["status"] = "Failed" if len(attempts) + 1 >= MAX_ATTEMPTS else "Running"
    else:
        result: Dict[str, Any] = {
            "livenessDecision": decision,
            "targets": targets,
            "digest": hashlib.sha256(image).hexdigest().upper(),
        }
        if session.get("enableSessionImage"):
            image_id = new_id()
            emulator.store.session_images[image_id] = bytes(image)
            result["sessionImageId"] = image_id
        if session["kind"] == LIVENESS_WITH_VERIFY:
            reference = verify["identity"] if verify else subject
            confidence = emulator.engine.compare(identity, reference, "recognition_04")
            threshold = session.get("verifyConfidenceThreshold")
            threshold = DEFAULT_VERIFY_THRESHOLD if threshold is None else threshold
            result["verifyResult"] = {"matchConfidence": confidence, "isIdentical": confidence >= threshold}
            if verify is not None and session.get("returnVerifyImageHash"):
                result["verifyImageHash"] = verify["sha256"]
        attempt["attemptStatus"] = "Succeeded"
        attempt["result"] = result
        session["status"] = "Succeeded"
    attempts.append(attempt)
    if session.get("sessionStartDateTime") is None:
        session["sessionStartDateTime"] = now()
    return dict(attempt)


def register(router: Router) -> None:
    for kind, segment in _ROUTE_SEGMENT.items():
        base = "/" + segment
        router.add("POST", base, lambda req, k=kind: create_session(req, k), GA_VERSIONS)
        router.add("GET", base + "/{sid}", lambda req, sid, k=kind: get_session(req, k, sid), GA_VERSIONS)
        router.add("DELETE", base + "/{sid}", lambda req, sid, k=kind: delete_session(req, k, sid), GA_VERSIONS)
    router.add("GET", "/sessionImages/{image_id}", get_session_image, GA_VERSIONS)
