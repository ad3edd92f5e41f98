# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Which operation each Face API version lacks: the one table behind every "not in this API version" refusal.

An operation that the client's ``api_version`` does not offer is refused with a ``ValueError`` before anything is
sent (:func:`check_api_version`), so the caller learns which version to use instead of reading a 404. Operations
are named as the caller calls them (``get_liveness_sessions``, ``person_directory.get_person``); an operation not
in :data:`UNAVAILABLE` is offered by every version.
"""
from typing import Dict, Optional, Tuple

V1_0 = "v1.0"
V1_1_PREVIEW_1 = "v1.1-preview.1"
V1_2_PREVIEW_1 = "v1.2-preview.1"
V1_2 = "v1.2"

GA_SESSION_VERSIONS: Tuple[str, ...] = (V1_2,)
"""Versions whose liveness sessions have the GA routes and shapes (``/detectLiveness-sessions``, attempts)."""

_NO_SESSION_IMAGES = (V1_0, V1_1_PREVIEW_1)
_PREVIEW_ONLY = (V1_2,)  # what the GA API v1.2 dropped from v1.2-preview.1

_PERSON_DIRECTORY = (
    "begin_create_person", "begin_delete_person", "get_person", "update_person", "get_persons",
    "get_dynamic_person_group_references", "begin_add_face_from_url", "begin_add_face", "begin_delete_face",
    "get_face", "update_face", "get_faces", "begin_create_dynamic_person_group_with_person",
    "create_dynamic_person_group", "begin_update_dynamic_person_group_with_person_changes",
    "update_dynamic_person_group", "begin_delete_dynamic_person_group", "get_dynamic_person_group",
    "get_dynamic_person_groups", "get_dynamic_person_group_persons",
)

UNAVAILABLE: Dict[str, Tuple[str, ...]] = {
    "get_session_image": _NO_SESSION_IMAGES,
    "detect_from_session_image": _NO_SESSION_IMAGES,
    # v1.2 (GA) keeps sessions but lists neither them nor their audit entries, and needs the verify image
    "get_liveness_sessions": _PREVIEW_ONLY,
    "get_liveness_with_verify_sessions": _PREVIEW_ONLY,
    "get_liveness_session_audit_entries": _PREVIEW_ONLY,
    "get_liveness_with_verify_session_audit_entries": _PREVIEW_ONLY,
    "create_liveness_with_verify_session without verify_image": _PREVIEW_ONLY,
    # v1.2 (GA) has no person directory (identify/verify against it stay) and no operation status route
    "get_operation_result": _PREVIEW_ONLY,
    **{"person_directory." + name: _PREVIEW_ONLY for name in _PERSON_DIRECTORY},
}
"""Operation -> the API versions that do not offer it."""


def offered_by(api_version: Optional[str], operation: str) -> bool:
    """Whether ``api_version`` offers ``operation`` (an API version this package does not know offers everything)."""
    return getattr(api_version, "value", api_version) not in UNAVAILABLE.get(operation, ())


def check_api_version(api_version: Optional[str], operation: str) -> None:
    """Refuse, before anything is sent, an operation that the client's API version does not offer.

    :param api_version: The client's API version.
    :param str operation: The operation, as named in :data:`UNAVAILABLE`.
    :raises ValueError: If ``api_version`` does not offer ``operation``.
    """
    if offered_by(api_version, operation):
        return
    version = getattr(api_version, "value", api_version)
    if version in _PREVIEW_ONLY:
        advice = "the GA API dropped it; API version {0!r} offers it: create the client with api_version={0!r}"
    else:
        advice = "create the client with a later api_version (for example {0!r})"
    raise ValueError("{} is not available in API version {!r}; {}.".format(
        operation, version, advice.format(V1_2_PREVIEW_1)))
