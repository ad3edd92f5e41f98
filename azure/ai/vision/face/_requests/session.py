# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Requests of FaceSessionClient: liveness sessions (with and without verification) and session images."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Dict, List, Optional

from .. import models as _models
from .._model_base import Model, _dump
from ._base import (
    OCTET_STREAM,
    Call,
    check_api_version,
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
NO_SESSION_IMAGES = ("v1.0", "v1.1-preview.1")
"""API versions that keep no session images (so neither download nor detection from them)."""


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


def create_liveness_with_verify_session(
    body: Any, *, verify_image: Optional[Any], content_type: Optional[str] = None
) -> Call[_models.CreateLivenessWithVerifySessionResult]:
    """POST a new liveness-with-verify session.

    With ``verify_image`` the request is multipart/form-data: a ``Parameters`` part holding the options as JSON text
    and a ``VerifyImage`` part holding the image bytes (file name ``verify-image``), neither with a Content-Type of
    its own. Without it the options are sent as a JSON body; a binary stream is sent as it is. A mapping ``body``
    may be keyed by wire names or by the models' attribute names (the published package takes only the latter with
    an image, and sends a mapping as it is without one).
    """
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


def get_session_image(session_image_id: Any, *, api_version: Optional[str]) -> Call[Any]:
    """GET the bytes of an image a session kept, streamed (the caller iterates over the chunks)."""
    check_api_version(api_version, "get_session_image", NO_SESSION_IMAGES)
    return Call("GET", path(SESSION_IMAGE, sessionImageId=session_image_id), accept=OCTET_STREAM, stream=True,
                headers_out=("content-type",))

