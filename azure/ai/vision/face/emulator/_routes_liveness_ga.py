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
:meth:`FaceEmulator.submit_liveness_attempt` (or the control route); for these
sessions that records one GA attempt (see :mod:`._liveness` for the rules).
"""

from __future__ import annotations

import secrets
from typing import Any, Dict, Mapping, Optional, Tuple

from ._common import describe_verify_image
from ._errors import bad_argument, not_found
from ._http import V1_2, Request, Response, Router, empty_response, json_response
from ._liveness import GA_API, GA_MODELS
from ._multipart import Part, has_filename, parse_multipart
from ._store import LIVENESS, LIVENESS_WITH_VERIFY
from ._util import get_bool, get_enum, get_int, get_number, get_str, new_id, now

GA_VERSIONS: Tuple[str, ...] = (V1_2,)
OPERATION_MODES: Tuple[str, ...] = ("Passive", "PassiveActive")
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
        "livenessModelVersion": get_enum(body, "livenessModelVersion", GA_MODELS, None) or GA_MODELS[-1],
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


def prepare_create_session(req: Request, kind: str) -> None:
    """Parse the request and detect the verify image, outside the state lock."""
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
        verify_image = describe_verify_image(req, image)
        verify_image["sha256"] = verify_image["sha256"].upper()  # GA reports digests in upper case
    else:
        params = session_params(req.json(), with_verify)
    req.prepared["session"] = (params, verify_image)


def create_session(req: Request, kind: str) -> Response:
    params, verify_image = req.prepared["session"]
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


def register(router: Router) -> None:
    for kind, segment in _ROUTE_SEGMENT.items():
        base = "/" + segment
        router.add("POST", base, lambda req, k=kind: create_session(req, k), GA_VERSIONS,
                   prepare=lambda req, k=kind: prepare_create_session(req, k))
        router.add("GET", base + "/{sid}", lambda req, sid, k=kind: get_session(req, k, sid), GA_VERSIONS)
        router.add("DELETE", base + "/{sid}", lambda req, sid, k=kind: delete_session(req, k, sid), GA_VERSIONS)
    router.add("GET", "/sessionImages/{image_id}", get_session_image, GA_VERSIONS)
