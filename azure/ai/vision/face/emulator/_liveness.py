"""Liveness domain shared by the preview and the GA routes: the emulated front end.

The emulator has no liveness front end.  A test plays it with
:meth:`FaceEmulator.submit_liveness_attempt` (or ``POST /_emulator/liveness/{sessionId}/attempt``):
:func:`submit_attempt` records one attempt on a session, as an audit entry for sessions of the previews
(:mod:`._routes_liveness`) or as an entry of ``results.attempts`` for sessions of the GA API
(:mod:`._routes_liveness_ga`).

As the service does with the client's token, an attempt is refused (403) once the session's token has expired
(``authTokenTimeToLiveInSeconds`` after creation) or its :data:`MAX_ATTEMPTS` attempts are used up; a GA session
also takes none after one succeeded.  A session image is stored, and its id reported, only when the session was
created with ``enableSessionImage``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ._errors import FaceServiceError, bad_argument, not_found
from ._http import App
from ._store import LIVENESS, LIVENESS_WITH_VERIFY
from ._util import iso, new_id, now
from .images import FaceSpec, make_face_image

GA_API = "ga"  # the "api" mark of sessions created under /face/v1.2
PREVIEW_MODELS: Tuple[str, ...] = ("2022-10-15-preview.04", "2023-12-20-preview.06")
GA_MODELS: Tuple[str, ...] = ("2024-11-15",)
DECISIONS: Tuple[str, ...] = ("realface", "spoofface", "uncertain")
MAX_ATTEMPTS = 3
DEFAULT_VERIFY_THRESHOLD = 0.5
_RECTANGLE = {"top": 120, "left": 220, "width": 200, "height": 200}


def expired(session: Mapping[str, Any]) -> bool:
    """Whether the session's auth token has expired."""
    expires: float = session["createdDateTime"] + session["authTokenTimeToLiveInSeconds"]
    return now() > expires


def find_session(emulator: App, session_id: str) -> Dict[str, Any]:
    """A session of either kind and either API, by id."""
    for kind in (LIVENESS, LIVENESS_WITH_VERIFY):
        session = emulator.store.sessions[kind].get(str(session_id).lower())
        if session is not None:
            return session
    raise not_found("SessionNotFound", f"Session '{session_id}' is not found.")


def _check_allowed(session: Mapping[str, Any], attempts: List[Dict[str, Any]]) -> None:
    if expired(session):
        raise FaceServiceError(
            403, "SessionExpired", f"The auth token of session '{session['id']}' has expired; no attempt is accepted."
        )
    if len(attempts) >= MAX_ATTEMPTS:
        raise FaceServiceError(
            403, "AttemptLimitReached", f"Session '{session['id']}' has used all of its {MAX_ATTEMPTS} attempts."
        )
    if session.get("api") == GA_API and any(a["attemptStatus"] == "Succeeded" for a in attempts):
        raise FaceServiceError(403, "AttemptLimitReached", f"Session '{session['id']}' already has a successful attempt.")


def _capture(emulator: App, session: Mapping[str, Any], verify_match: bool, image: Optional[bytes]) -> Tuple[bytes, str, Dict[str, int]]:
    """The image the front end sends, the identity it shows and its face rectangle."""
    verify = session.get("verifyImage")
    subject = verify["identity"] if verify else f"liveness-subject-{session['id']}"
    identity = subject if verify_match else subject + "#someone-else"
    rectangle = dict(_RECTANGLE)
    if image is None:
        spec = FaceSpec(identity, rectangle["top"], rectangle["left"], rectangle["width"], rectangle["height"])
        image = make_face_image([spec], format="jpeg")
    else:
        faces = emulator.engine.detect(image)
        if faces:
            rectangle = dict(faces[0].face_rectangle)
            identity = faces[0].identity
    return image, identity, rectangle


def _verify_outcome(emulator: App, session: Mapping[str, Any], identity: str) -> Dict[str, Any]:
    verify = session.get("verifyImage")
    reference = verify["identity"] if verify else f"liveness-subject-{session['id']}"
    confidence = emulator.engine.compare(identity, reference, "recognition_04")
    threshold = session.get("verifyConfidenceThreshold")
    threshold = DEFAULT_VERIFY_THRESHOLD if threshold is None else threshold
    return {"matchConfidence": confidence, "isIdentical": confidence >= threshold}


def _store_image(emulator: App, session: Mapping[str, Any], image: bytes) -> Optional[str]:
    if not session.get("enableSessionImage"):
        return None
    image_id = new_id()
    emulator.store.session_images[image_id] = bytes(image)
    return image_id


def submit_attempt(
    emulator: App,
    session_id: str,
    *,
    decision: str = "realface",
    verify_match: bool = True,
    image: Optional[bytes] = None,
    error: Optional[str] = None,
) -> Dict[str, Any]:
    """Record one liveness attempt on a session (see the module docstring).

    :param emulator: the emulator whose session it is.
    :param session_id: the session, of either kind and either API.
    :keyword decision: ``realface``, ``spoofface`` or ``uncertain``.
    :keyword verify_match: whether the face seen matches the verify image.
    :keyword image: the image the front end captured; a synthetic face by default.
    :keyword error: GA sessions only: an error code that makes the attempt fail.
    :return: the audit entry (previews) or the attempt (GA) as the session reports it.
    :raises FaceServiceError: 404 for an unknown session, 403 when the token expired or the attempts are used up,
        400 for an unknown decision or an error code on a preview session.
    """
    if decision not in DECISIONS:
        raise bad_argument(f"Invalid decision '{decision}'; allowed: {', '.join(DECISIONS)}.")
    session = find_session(emulator, session_id)
    if session.get("api") == GA_API:
        return _ga_attempt(emulator, session, decision, verify_match, image, error)
    if error:
        raise bad_argument("Field 'error' applies to sessions of the GA API (v1.2) only.")
    return _preview_attempt(emulator, session, decision, verify_match, image)


def _ga_attempt(
    emulator: App, session: Dict[str, Any], decision: str, verify_match: bool, image: Optional[bytes], error: Optional[str]
) -> Dict[str, Any]:
    attempts: List[Dict[str, Any]] = session["attempts"]
    _check_allowed(session, attempts)
    image, identity, rectangle = _capture(emulator, session, verify_match, image)
    targets = {"color": {"faceRectangle": rectangle}}
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
        image_id = _store_image(emulator, session, image)
        if image_id is not None:
            result["sessionImageId"] = image_id
        if session["kind"] == LIVENESS_WITH_VERIFY:
            result["verifyResult"] = _verify_outcome(emulator, session, identity)
            verify = session.get("verifyImage")
            if verify is not None and session.get("returnVerifyImageHash"):
                result["verifyImageHash"] = verify["sha256"]
        attempt["attemptStatus"] = "Succeeded"
        attempt["result"] = result
        session["status"] = "Succeeded"
    attempts.append(attempt)
    if session.get("sessionStartDateTime") is None:
        session["sessionStartDateTime"] = now()
    return dict(attempt)


def _preview_attempt(
    emulator: App, session: Dict[str, Any], decision: str, verify_match: bool, image: Optional[bytes]
) -> Dict[str, Any]:
    _check_allowed(session, session["audit"])
    t = now()
    image, identity, rectangle = _capture(emulator, session, verify_match, image)
    image_id = _store_image(emulator, session, image)
    emulator.store.meta["auditCounter"] = int(emulator.store.meta.get("auditCounter", 0)) + 1
    kind = session["kind"]
    body: Dict[str, Any] = {
        "livenessDecision": decision,
        "target": {"faceRectangle": rectangle, "fileName": "content.bin", "timeOffsetWithinFile": 0, "imageType": "Color"},
        "modelVersionUsed": session.get("livenessSingleModalModel") or PREVIEW_MODELS[-1],
    }
    verify = session.get("verifyImage")
    if kind == LIVENESS_WITH_VERIFY:
        body["verifyResult"] = {
            "verifyImage": {
                "faceRectangle": verify["faceRectangle"] if verify else rectangle,
                "qualityForRecognition": verify["qualityForRecognition"] if verify else "high",
            },
            **_verify_outcome(emulator, session, identity),
        }
    entry: Dict[str, Any] = {
        "id": emulator.store.meta["auditCounter"],
        "sessionId": session["id"],
        "requestId": new_id(),
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
    }
    if image_id is not None:
        entry["sessionImageId"] = image_id
    if verify is not None and session.get("returnVerifyImageHash"):
        entry["verifyImageHash"] = verify["sha256"]
    session["audit"].append(entry)
    session["status"] = "ResultAvailable"
    if session.get("sessionStartDateTime") is None:
        session["sessionStartDateTime"] = t
    return entry
