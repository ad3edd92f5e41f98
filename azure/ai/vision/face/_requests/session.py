# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Request builders of FaceSessionClient: liveness sessions (with and without verification) and session images."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, TypeVar

from .. import models as _models
from .._types import _UNSET
from . import face as _face
from ._base import (
    JSON_CONTENT,
    OCTET_STREAM,
    Call,
    check_api_version,
    check_int,
    check_str,
    image_bytes,
    json_call,
    list_loader,
    path_id,
    query,
    wire_keys,
)

T = TypeVar("T")

_LIVENESS = "/detectLiveness/singleModal/sessions"
_LIVENESS_WITH_VERIFY = "/detectLivenessWithVerify/singleModal/sessions"
_SESSION_IMAGE = "/session/sessionImages/{}"
_NO_SESSION_IMAGES = ("v1.0", "v1.1-preview.1")
"""API versions that keep no session images (so neither download nor detection from them)."""

if TYPE_CHECKING:
    VerifySessionContent = _models.CreateLivenessWithVerifySessionContent
    AsyncVerifySessionContent = _models.CreateLivenessSessionContent

# The options models named by the synchronous and asynchronous ``create_liveness_with_verify_session`` overloads, as
# published (both models are accepted by both). Resolved on first use, so importing the operations loads no model.
_ALIASES = {"VerifySessionContent": "CreateLivenessWithVerifySessionContent",
            "AsyncVerifySessionContent": "CreateLivenessSessionContent"}


def __getattr__(name: str) -> Any:
    if name in _ALIASES:
        return getattr(_models, _ALIASES[name])
    raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))


def _session_items(data: Any) -> List[_models.LivenessSessionItem]:
    return list_loader(_models.LivenessSessionItem._from_wire)(data)


def _audit_entries(data: Any) -> List[_models.LivenessSessionAuditEntry]:
    return list_loader(_models.LivenessSessionAuditEntry._from_wire)(data)


# --------------------------------------------------------------------------- shared shapes


def _session(route: str, session_id: Any) -> str:
    return route + "/" + path_id(session_id, "session_id")


def _paging(start: Any, top: Optional[int]) -> Dict[str, str]:
    return query(start=check_str("start", start, max_length=64, allow_empty=True), top=check_int("top", top, 1, 1000))


def _get(route: str, session_id: Any, load: Callable[[Any], T]) -> Call[T]:
    return Call("GET", _session(route, session_id), load=load)


def _list(route: str, start: Optional[str], top: Optional[int]) -> Call[List[_models.LivenessSessionItem]]:
    return Call("GET", route, params=_paging(start, top), load=_session_items)


def _delete(route: str, session_id: Any) -> Call[None]:
    return Call("DELETE", _session(route, session_id))


def _audit(
    route: str, session_id: Any, start: Any, top: Optional[int]
) -> Call[List[_models.LivenessSessionAuditEntry]]:
    if isinstance(start, int) and not isinstance(start, bool):
        start = str(start)  # audit entry ids are numbers: accept the ``id`` of an entry as it is
    params = _paging(start, top)
    return Call("GET", _session(route, session_id) + "/audit", params=params, load=_audit_entries)


def _required(body: Any) -> Any:
    if body is None or body is _UNSET:
        raise TypeError("body is required: pass the session options (a model or a JSON mapping).")
    return body


# --------------------------------------------------------------------------- liveness sessions


def create_liveness_session(body: Any, *, content_type: Optional[str] = None) -> Call[_models.CreateLivenessSessionResult]:
    """POST a new liveness session; the body is a model, a JSON mapping or a binary stream of JSON."""
    return json_call("POST", _LIVENESS, _required(body), {}, content_type=content_type,
                     load=_models.CreateLivenessSessionResult._from_wire)


def get_liveness_session_result(session_id: Any) -> Call[_models.LivenessSession]:
    """GET one liveness session with its latest result."""
    return _get(_LIVENESS, session_id, _models.LivenessSession._from_wire)


def get_liveness_sessions(*, start: Optional[str] = None, top: Optional[int] = None) -> Call[List[_models.LivenessSessionItem]]:
    """GET the liveness sessions, ordered by id (``start``/``top`` page through them)."""
    return _list(_LIVENESS, start, top)


def delete_liveness_session(session_id: Any) -> Call[None]:
    """DELETE a liveness session."""
    return _delete(_LIVENESS, session_id)


def get_liveness_session_audit_entries(
    session_id: Any, *, start: Optional[str] = None, top: Optional[int] = None
) -> Call[List[_models.LivenessSessionAuditEntry]]:
    """GET the audit entries of a liveness session."""
    return _audit(_LIVENESS, session_id, start, top)


# --------------------------------------------------------------------------- liveness-with-verify sessions


def _verify_image(value: Any) -> bytes:
    # A stream is read now: the multipart body must be bytes so that a retry can send it again.
    if hasattr(value, "read") and not isinstance(value, (bytes, bytearray, memoryview)):
        value = value.read()
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("verify_image must be opened in binary mode ('rb').")
    data: bytes = image_bytes("verify_image", value)
    return data


def create_liveness_with_verify_session(
    body: Any, *, verify_image: Optional[Any], content_type: Optional[str] = None
) -> Call[_models.CreateLivenessWithVerifySessionResult]:
    """POST a new liveness-with-verify session.

    With ``verify_image`` the request is multipart/form-data: a ``Parameters`` part holding the options as JSON and
    a ``VerifyImage`` part holding the image; without it the options are sent as plain JSON. ``body`` may be either
    content model, or a mapping keyed by wire names or by the models' attribute names.
    """
    if not isinstance(_required(body), Mapping):
        raise TypeError(
            "body must be CreateLivenessWithVerifySessionContent (or CreateLivenessSessionContent) or a mapping, "
            "not {}.".format(type(body).__name__)
        )
    options = wire_keys(body, _models.CreateLivenessWithVerifySessionContent)
    load = _models.CreateLivenessWithVerifySessionResult._from_wire
    if verify_image is None:
        return Call("POST", _LIVENESS_WITH_VERIFY, headers={"Content-Type": content_type or JSON_CONTENT},
                    json=options, load=load)
    files = {
        "Parameters": (None, json.dumps(options), JSON_CONTENT),
        "VerifyImage": ("verify-image", _verify_image(verify_image), OCTET_STREAM),
    }
    return Call("POST", _LIVENESS_WITH_VERIFY, files=files, load=load)


def get_liveness_with_verify_session_result(session_id: Any) -> Call[_models.LivenessWithVerifySession]:
    """GET one liveness-with-verify session with its latest result."""
    return _get(_LIVENESS_WITH_VERIFY, session_id, _models.LivenessWithVerifySession._from_wire)


def get_liveness_with_verify_sessions(
    *, start: Optional[str] = None, top: Optional[int] = None
) -> Call[List[_models.LivenessSessionItem]]:
    """GET the liveness-with-verify sessions, ordered by id (``start``/``top`` page through them)."""
    return _list(_LIVENESS_WITH_VERIFY, start, top)


def delete_liveness_with_verify_session(session_id: Any) -> Call[None]:
    """DELETE a liveness-with-verify session."""
    return _delete(_LIVENESS_WITH_VERIFY, session_id)


def get_liveness_with_verify_session_audit_entries(
    session_id: Any, *, start: Optional[str] = None, top: Optional[int] = None
) -> Call[List[_models.LivenessSessionAuditEntry]]:
    """GET the audit entries of a liveness-with-verify session."""
    return _audit(_LIVENESS_WITH_VERIFY, session_id, start, top)


# --------------------------------------------------------------------------- session images


def get_session_image(session_image_id: Any, *, api_version: Optional[str]) -> Call[Any]:
    """GET the bytes of an image a session kept, streamed (the caller iterates over the chunks)."""
    check_api_version(api_version, "get_session_image", _NO_SESSION_IMAGES)
    return Call("GET", _SESSION_IMAGE.format(path_id(session_image_id, "session_image_id")), stream=True)


def detect_from_session_image(
    body: Any, *, api_version: Optional[str], **options: Any
) -> Call[List[_models.FaceDetectionResult]]:
    """POST /detect on an image a session kept (see :func:`face.detect_from_session_image`)."""
    check_api_version(api_version, "detect_from_session_image", _NO_SESSION_IMAGES)
    return _face.detect_from_session_image(body, **options)
