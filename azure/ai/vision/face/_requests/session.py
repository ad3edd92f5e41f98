# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Requests of FaceSessionClient: liveness sessions (with and without verification) and session images.

Two contracts: the previews' (``/detectLiveness/singleModal/sessions``, ...) and, for the API versions in
``GA_SESSION_VERSIONS``, the GA API's (``/detectLiveness-sessions``, ...), whose sessions have their own models
(``models._liveness_ga``). Each builder takes the client's ``api_version`` and picks the contract.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Callable, Dict, List, Optional

from .. import models as _models
from .._model_base import Model, _dump
from ._versions import GA_SESSION_VERSIONS, check_api_version
from ._base import (
    OCTET_STREAM,
    Call,
    json_call,
    list_loader,
    path,
    query,
    wire_keys,
)

LIVENESS = "/detectLiveness/singleModal/sessions"
LIVENESS_WITH_VERIFY = "/detectLivenessWithVerify/singleModal/sessions"
SESSION = "{route}/{sessionId}"
AUDIT = "{route}/{sessionId}/audit"
SESSION_IMAGE = "/session/sessionImages/{sessionImageId}"
GA_LIVENESS = "/detectLiveness-sessions"
GA_LIVENESS_WITH_VERIFY = "/detectLivenessWithVerify-sessions"
GA_SESSION_IMAGE = "/sessionImages/{sessionImageId}"
GA_DELETED = (200, 204)  # the GA contract declares 204; its examples (and older deployments) answer 200


def is_ga(api_version: Optional[str]) -> bool:
    """Whether ``api_version`` has the GA liveness contract."""
    return getattr(api_version, "value", api_version) in GA_SESSION_VERSIONS


def session_items(data: Any) -> List[_models.LivenessSessionItem]:
    """Load a listing of sessions."""
    return list_loader(_models.LivenessSessionItem._from_wire)(data)


def audit_entries(data: Any) -> List[_models.LivenessSessionAuditEntry]:
    """Load a listing of audit entries."""
    return list_loader(_models.LivenessSessionAuditEntry._from_wire)(data)


def session_route(route: str, session_id: Any) -> str:
    """The route of one session under ``route`` (``LIVENESS`` or ``LIVENESS_WITH_VERIFY``)."""
    return route + path("/{sessionId}", sessionId=session_id)


def paging(start: Any, top: Optional[int]) -> Dict[str, str]:
    """The ``start``/``top`` query of session and audit listings."""
    return query(start=start, top=top)


def create_liveness_session(
    body: Any, *, api_version: Optional[str], content_type: Optional[str] = None
) -> Call[Any]:
    """POST a new liveness session: a ``CreateLivenessSessionResult`` before GA, the whole session on GA."""
    if is_ga(api_version):
        return json_call("POST", GA_LIVENESS, body, {}, content_type=content_type,
                         load=_models.LivenessSessionDetails._from_wire)
    return json_call("POST", LIVENESS, body, {}, content_type=content_type,
                     load=_models.CreateLivenessSessionResult._from_wire)


def get_session_result(with_verify: bool, session_id: Any, *, api_version: Optional[str]) -> Call[Any]:
    """GET one session (liveness, or liveness with verification) in the contract of ``api_version``."""
    load: Callable[[Any], Any]
    if is_ga(api_version):
        route, load = ((GA_LIVENESS_WITH_VERIFY, _models.LivenessWithVerifySessionDetails._from_wire) if with_verify
                       else (GA_LIVENESS, _models.LivenessSessionDetails._from_wire))
    else:
        route, load = ((LIVENESS_WITH_VERIFY, _models.LivenessWithVerifySession._from_wire) if with_verify
                       else (LIVENESS, _models.LivenessSession._from_wire))
    return Call("GET", session_route(route, session_id), load=load)


def delete_session(with_verify: bool, session_id: Any, *, api_version: Optional[str]) -> Call[None]:
    """DELETE one session (liveness, or liveness with verification) in the contract of ``api_version``."""
    if is_ga(api_version):
        return Call("DELETE", session_route(GA_LIVENESS_WITH_VERIFY if with_verify else GA_LIVENESS, session_id),
                    ok=GA_DELETED)
    return Call("DELETE", session_route(LIVENESS_WITH_VERIFY if with_verify else LIVENESS, session_id))


def list_sessions(with_verify: bool, start: Any, top: Optional[int], *, api_version: Optional[str]) -> Call[Any]:
    """GET a page of sessions (previews only)."""
    check_api_version(api_version, "get_liveness_with_verify_sessions" if with_verify else "get_liveness_sessions")
    return Call("GET", LIVENESS_WITH_VERIFY if with_verify else LIVENESS, params=paging(start, top),
                load=session_items)


def list_audit_entries(
    with_verify: bool, session_id: Any, start: Any, top: Optional[int], *, api_version: Optional[str]
) -> Call[Any]:
    """GET a page of a session's audit entries (previews only)."""
    check_api_version(api_version, "get_liveness_with_verify_session_audit_entries" if with_verify
                      else "get_liveness_session_audit_entries")
    route = LIVENESS_WITH_VERIFY if with_verify else LIVENESS
    return Call("GET", session_route(route, session_id) + "/audit", params=paging(start, top), load=audit_entries)


def create_liveness_with_verify_session(
    body: Any, *, verify_image: Optional[Any], content_type: Optional[str] = None, api_version: Optional[str] = None
) -> Call[Any]:
    """POST a new liveness-with-verify session.

    On GA (see :func:`create_ga_liveness_with_verify_session`) the image is required. Before GA:

    With ``verify_image`` the request is multipart/form-data: a ``Parameters`` part holding the options as JSON text
    and a ``VerifyImage`` part holding the image bytes (file name ``verify-image``), neither with a Content-Type of
    its own. Without it the options are sent as a JSON body; a binary stream is sent as it is. A mapping ``body``
    may be keyed by wire names or by the models' attribute names (the published package takes only the latter with
    an image, and sends a mapping as it is without one).
    """
    if is_ga(api_version):
        if verify_image is None:
            check_api_version(api_version, "create_liveness_with_verify_session without verify_image")
        return create_ga_liveness_with_verify_session(body, verify_image)
    load = _models.CreateLivenessWithVerifySessionResult._from_wire
    if isinstance(body, Mapping) and not isinstance(body, Model):
        body = wire_keys(body, _models.CreateLivenessWithVerifySessionContent)
    if verify_image is None:
        return json_call("POST", LIVENESS_WITH_VERIFY, body, {}, content_type=content_type, load=load)
    options = _dump(body)
    if hasattr(verify_image, "read"):
        verify_image = verify_image.read()  # read now: a retry must be able to send the same bytes again
    files = {
        "Parameters": (None, json.dumps(options)),
        "VerifyImage": ("verify-image", verify_image),
    }
    return Call("POST", LIVENESS_WITH_VERIFY, files=files, load=load)


def create_ga_liveness_with_verify_session(body: Any, verify_image: Any) -> Call[Any]:
    """POST a new GA liveness-with-verify session: multipart/form-data, one text part per option (booleans as
    ``true``/``false``) and the image as the ``verifyImage`` file part (file name ``verify-image``).

    A mapping ``body`` may be keyed by wire names or by the attribute names of ``LivenessWithVerifySessionOptions``.
    """
    if isinstance(body, Mapping) and not isinstance(body, Model):
        body = wire_keys(body, _models.LivenessWithVerifySessionOptions)
    options = _dump(body)
    if not isinstance(options, Mapping):
        raise TypeError("body must be a LivenessWithVerifySessionOptions or a mapping of the session options, "
                        "not {}.".format(type(body).__name__))
    if hasattr(verify_image, "read"):
        verify_image = verify_image.read()  # read now: a retry must be able to send the same bytes again
    files: Dict[str, Any] = {name: (None, _form_text(value)) for name, value in options.items() if value is not None}
    files["verifyImage"] = ("verify-image", verify_image)
    return Call("POST", GA_LIVENESS_WITH_VERIFY, files=files,
                load=_models.LivenessWithVerifySessionDetails._from_wire)


def _form_text(value: Any) -> str:
    """A form field's text: JSON's spelling for booleans and numbers, strings (and enum values) as they are."""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def get_session_image(session_image_id: Any, *, api_version: Optional[str]) -> Call[Any]:
    """GET the bytes of an image a session kept, streamed (the caller iterates over the chunks)."""
    check_api_version(api_version, "get_session_image")
    route = GA_SESSION_IMAGE if is_ga(api_version) else SESSION_IMAGE
    return Call("GET", path(route, sessionImageId=session_image_id), accept=OCTET_STREAM, stream=True,
                headers_out=("content-type",))
