# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Requests of the person directory (persons, their faces per recognition model, dynamic person groups), the
operation status route, and the FaceClient calls that identify or verify against the directory.

Long-running operations answer 202 with an ``operation-Location``; their calls carry no loader: the operation hands
``_begin`` the loader of its result and, from here, where the resource the operation makes or changes can be read
once it has succeeded (``LOCATE_*``, used by ``_response.OperationPolling``).
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional

from .. import models as _models
from .._types import _UNSET
from ._base import OCTET_STREAM, Call, check_api_version, json_call, list_loader, path, query

PERSONS = "/persons"
PERSON = "/persons/{personId}"
PERSON_GROUP_REFERENCES = PERSON + "/dynamicPersonGroupReferences"
FACES = PERSON + "/recognitionModels/{recognitionModel}/persistedfaces"
FACE = FACES + "/{persistedFaceId}"
GROUPS = "/dynamicpersongroups"
GROUP = "/dynamicpersongroups/{dynamicPersonGroupId}"
GROUP_PERSONS = GROUP + "/persons"
OPERATION = "/operations/{operationId}"

LRO_OK = (202,)

# Where a succeeded operation's resource is read: the created item under the collection it was posted to (its id
# is in the 202 body), or the resource the request addressed. Deletes have none.
Locate = Callable[[str, Any], Optional[str]]


def _created(id_field: str) -> Locate:
    def locate(request_url: str, initial_body: Any) -> Optional[str]:
        item = initial_body.get(id_field) if isinstance(initial_body, dict) else None
        if not isinstance(item, str) or not item:
            return None
        return request_url.split("?", 1)[0].rstrip("/") + path("/{id}", id=item)

    return locate


def _addressed(request_url: str, initial_body: Any) -> Optional[str]:
    return request_url.split("?", 1)[0]


LOCATE_PERSON = _created("personId")
LOCATE_FACE = _created("persistedFaceId")
LOCATE_GROUP = _addressed


def _user_fields(name: Any, user_data: Any) -> Dict[str, Any]:
    return {"name": name, "userData": user_data}


def create_person(body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """POST /persons: 202 with the new personId; the person is usable once the operation succeeds."""
    return json_call("POST", PERSONS, body, _user_fields(name, user_data), required=("name",), content_type=content_type,
                     ok=LRO_OK)


def person(person_id: str) -> str:
    return path(PERSON, personId=person_id)


def get_person(person_id: str) -> Call[_models.PersonDirectoryPerson]:
    return Call("GET", person(person_id), load=_models.PersonDirectoryPerson._from_wire)


def update(route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the name and/or user data of a person or dynamic person group; what is left out stays."""
    return json_call("PATCH", route, body, _user_fields(name, user_data), content_type=content_type)


def get_persons(*, start: Optional[str], top: Optional[int]) -> Call[List[_models.PersonDirectoryPerson]]:
    return Call("GET", PERSONS, params=query(start=start, top=top),
                load=list_loader(_models.PersonDirectoryPerson._from_wire))


def get_group_references(person_id: str, *, start: Optional[str], top: Optional[int]) -> Call[_models.ListGroupReferenceResult]:
    return Call("GET", path(PERSON_GROUP_REFERENCES, personId=person_id), params=query(start=start, top=top),
                load=_models.ListGroupReferenceResult._from_wire)


def faces(person_id: str, recognition_model: Any) -> str:
    model = getattr(recognition_model, "value", recognition_model)
    return path(FACES, personId=person_id, recognitionModel=model)


def face(person_id: str, recognition_model: Any, persisted_face_id: str) -> str:
    return faces(person_id, recognition_model) + path("/{id}", id=persisted_face_id)


def add_face(
    person_id: str, recognition_model: Any, image_content: Any, *, target_face: Any, detection_model: Any,
    user_data: Any, content_type: Optional[str],
) -> Call[None]:
    """POST the image bytes of a face to keep for a person under one recognition model (202, long-running)."""
    return Call("POST", faces(person_id, recognition_model),
                params=query(targetFace=target_face, detectionModel=detection_model, userData=user_data),
                headers={"Content-Type": content_type or OCTET_STREAM}, content=image_content, ok=LRO_OK)


def add_face_from_url(
    person_id: str, recognition_model: Any, body: Any, *, url: Any, target_face: Any, detection_model: Any,
    user_data: Any, content_type: Optional[str],
) -> Call[None]:
    """POST ``{"url": ...}``: the service downloads the image of the face to keep (202, long-running)."""
    return json_call("POST", faces(person_id, recognition_model), body, {"url": url}, required=("url",),
                     content_type=content_type,
                     params=query(targetFace=target_face, detectionModel=detection_model, userData=user_data),
                     ok=LRO_OK)


def get_face(person_id: str, recognition_model: Any, persisted_face_id: str) -> Call[_models.PersonDirectoryFace]:
    return Call("GET", face(person_id, recognition_model, persisted_face_id),
                load=_models.PersonDirectoryFace._from_wire)


def update_face(route: str, body: Any, *, user_data: Any, content_type: Optional[str]) -> Call[None]:
    return json_call("PATCH", route, body, {"userData": user_data}, content_type=content_type)


def get_faces(person_id: str, recognition_model: Any) -> Call[_models.ListFaceResult]:
    return Call("GET", faces(person_id, recognition_model), load=_models.ListFaceResult._from_wire)


def group(group_id: str) -> str:
    return path(GROUP, dynamicPersonGroupId=group_id)


def create_group_with_person(
    group_id: str, body: Any, *, name: Any, user_data: Any, add_person_ids: Any, content_type: Optional[str]
) -> Call[None]:
    """PUT a dynamic person group holding ``addPersonIds`` (202, long-running)."""
    fields = {"name": name, "userData": user_data, "addPersonIds": add_person_ids}
    return json_call("PUT", group(group_id), body, fields, required=("name", "addPersonIds"),
                     content_type=content_type, ok=LRO_OK)


def create_group(group_id: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PUT an empty dynamic person group (200 at once)."""
    return json_call("PUT", group(group_id), body, _user_fields(name, user_data), required=("name",),
                     content_type=content_type)


def update_group_with_person_changes(
    group_id: str, body: Any, *, name: Any, user_data: Any, add_person_ids: Any, remove_person_ids: Any,
    content_type: Optional[str],
) -> Call[None]:
    """PATCH a dynamic person group, adding and/or removing persons (202, long-running)."""
    fields = {"name": name, "userData": user_data, "addPersonIds": add_person_ids,
              "removePersonIds": remove_person_ids}
    return json_call("PATCH", group(group_id), body, fields, content_type=content_type, ok=LRO_OK)


def get_group(group_id: str) -> Call[_models.DynamicPersonGroup]:
    return Call("GET", group(group_id), load=_models.DynamicPersonGroup._from_wire)


def get_groups(*, start: Optional[str], top: Optional[int]) -> Call[List[_models.DynamicPersonGroup]]:
    return Call("GET", GROUPS, params=query(start=start, top=top),
                load=list_loader(_models.DynamicPersonGroup._from_wire))


def get_group_persons(group_id: str, *, start: Optional[str], top: Optional[int]) -> Call[_models.ListPersonResult]:
    return Call("GET", path(GROUP_PERSONS, dynamicPersonGroupId=group_id), params=query(start=start, top=top),
                load=_models.ListPersonResult._from_wire)


def delete(route: str) -> Call[None]:
    """DELETE a person, face or dynamic person group (202, long-running)."""
    return Call("DELETE", route, ok=LRO_OK)


def get_operation_result(operation_id: str) -> Call[_models.OperationResult]:
    return Call("GET", path(OPERATION, operationId=operation_id), load=_models.OperationResult._from_wire)


# --------------------------------------------------------------------------- FaceClient


def _identified(data: Any) -> List[_models.FaceIdentificationResult]:
    return list_loader(_models.FaceIdentificationResult._from_wire)(data)


def identify(
    body: Any,
    target: Dict[str, Any],
    *,
    face_ids: Any = _UNSET,
    max_num_of_candidates_returned: Optional[int] = None,
    confidence_threshold: Optional[float] = None,
    content_type: Optional[str] = None,
) -> Call[List[_models.FaceIdentificationResult]]:
    """POST /identify against persons of the directory: ``target`` is ``{"personIds": ...}`` or
    ``{"dynamicPersonGroupId": ...}``."""
    fields = {"faceIds": face_ids, **target, "maxNumOfCandidatesReturned": max_num_of_candidates_returned,
              "confidenceThreshold": confidence_threshold}
    return json_call("POST", "/identify", body, fields, required=("faceIds", *target), content_type=content_type,
                     load=_identified)


def verify_from_person_directory(
    body: Any, *, face_id: Any = _UNSET, person_id: Any = _UNSET, content_type: Optional[str] = None
) -> Call[_models.FaceVerificationResult]:
    """POST /verify with a faceId and a person of the directory."""
    return json_call("POST", "/verify", body, {"faceId": face_id, "personId": person_id},
                     required=("faceId", "personId"), content_type=content_type,
                     load=_models.FaceVerificationResult._from_wire)
