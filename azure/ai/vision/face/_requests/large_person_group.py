# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Request builders of ``FaceAdministrationClient.large_person_group``: groups, training, persons and their faces."""
from __future__ import annotations

from typing import Any, List, Optional

from .. import models as _models
from . import _containers
from ._base import Call, path, path_id

_GROUPS = "/largepersongroups"
_GROUP = "/largepersongroups/{largePersonGroupId}"
_TRAIN = "/largepersongroups/{largePersonGroupId}/train"
_TRAINING = "/largepersongroups/{largePersonGroupId}/training"
_PERSONS = "/largepersongroups/{largePersonGroupId}/persons"
_PERSON = "/largepersongroups/{largePersonGroupId}/persons/{personId}"
_FACES = "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces"
_FACE = "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}"


def _route(template: str, large_person_group_id: Any) -> str:
    return path(template, largePersonGroupId=path_id(large_person_group_id, "large_person_group_id"))


def _person_route(template: str, large_person_group_id: Any, person_id: Any) -> str:
    return path(template, largePersonGroupId=path_id(large_person_group_id, "large_person_group_id"),
                personId=path_id(person_id, "person_id"))


def _face_route(large_person_group_id: Any, person_id: Any, persisted_face_id: Any) -> str:
    return path(_FACE, largePersonGroupId=path_id(large_person_group_id, "large_person_group_id"),
                personId=path_id(person_id, "person_id"),
                persistedFaceId=path_id(persisted_face_id, "persisted_face_id"))


def create(large_person_group_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PUT /largepersongroups/{id}: create an empty group (``name``, ``user_data``, ``recognition_model``)."""
    return _containers.create(_route(_GROUP, large_person_group_id), body, **fields)


def delete(large_person_group_id: Any) -> Call[None]:
    """DELETE /largepersongroups/{id}: the group, its persons and their faces."""
    return Call("DELETE", _route(_GROUP, large_person_group_id))


def get(
    large_person_group_id: Any, *, return_recognition_model: Optional[bool] = None
) -> Call[_models.LargePersonGroup]:
    """GET /largepersongroups/{id}."""
    return _containers.get(_route(_GROUP, large_person_group_id), _models.LargePersonGroup._from_wire,
                           return_recognition_model=return_recognition_model)


def update(large_person_group_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PATCH /largepersongroups/{id}: name and/or user data."""
    return _containers.update(_route(_GROUP, large_person_group_id), body, **fields)


def get_large_person_groups(**paging: Any) -> Call[List[_models.LargePersonGroup]]:
    """GET /largepersongroups: one page of groups (``start``, ``top``, ``return_recognition_model``)."""
    return _containers.page(_GROUPS, _models.LargePersonGroup._from_wire, **paging)


def get_training_status(large_person_group_id: Any) -> Call[_models.FaceTrainingResult]:
    """GET /largepersongroups/{id}/training."""
    return _containers.training_status(_route(_TRAINING, large_person_group_id))


def train(large_person_group_id: Any) -> Call[None]:
    """POST /largepersongroups/{id}/train: start training (202 with ``operation-Location``)."""
    return _containers.train(_route(_TRAIN, large_person_group_id))


def create_person(large_person_group_id: Any, body: Any, **fields: Any) -> Call[_models.CreatePersonResult]:
    """POST /largepersongroups/{id}/persons: a new person (``name``, ``user_data``)."""
    return _containers.create_named(_route(_PERSONS, large_person_group_id), body,
                                    load=_models.CreatePersonResult._from_wire, **fields)


def delete_person(large_person_group_id: Any, person_id: Any) -> Call[None]:
    """DELETE /largepersongroups/{id}/persons/{personId}: the person and their faces."""
    return Call("DELETE", _person_route(_PERSON, large_person_group_id, person_id))


def get_person(large_person_group_id: Any, person_id: Any) -> Call[_models.LargePersonGroupPerson]:
    """GET /largepersongroups/{id}/persons/{personId}."""
    return _containers.get(_person_route(_PERSON, large_person_group_id, person_id),
                           _models.LargePersonGroupPerson._from_wire)


def update_person(large_person_group_id: Any, person_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PATCH /largepersongroups/{id}/persons/{personId}: name and/or user data."""
    return _containers.update(_person_route(_PERSON, large_person_group_id, person_id), body, **fields)


def get_persons(large_person_group_id: Any, **paging: Any) -> Call[List[_models.LargePersonGroupPerson]]:
    """GET /largepersongroups/{id}/persons: one page of persons (``start``, ``top``)."""
    return _containers.page(_route(_PERSONS, large_person_group_id), _models.LargePersonGroupPerson._from_wire,
                            **paging)


def add_face(
    large_person_group_id: Any, person_id: Any, image_content: Any, **options: Any
) -> Call[_models.AddFaceResult]:
    """POST /largepersongroups/{id}/persons/{personId}/persistedfaces with the image bytes as the body."""
    return _containers.add_face(_person_route(_FACES, large_person_group_id, person_id), image_content, **options)


def add_face_from_url(
    large_person_group_id: Any, person_id: Any, body: Any, **options: Any
) -> Call[_models.AddFaceResult]:
    """POST /largepersongroups/{id}/persons/{personId}/persistedfaces with ``{"url": ...}``."""
    return _containers.add_face_from_url(_person_route(_FACES, large_person_group_id, person_id), body, **options)


def delete_face(large_person_group_id: Any, person_id: Any, persisted_face_id: Any) -> Call[None]:
    """DELETE /largepersongroups/{id}/persons/{personId}/persistedfaces/{persistedFaceId}."""
    return Call("DELETE", _face_route(large_person_group_id, person_id, persisted_face_id))


def get_face(
    large_person_group_id: Any, person_id: Any, persisted_face_id: Any
) -> Call[_models.LargePersonGroupPersonFace]:
    """GET /largepersongroups/{id}/persons/{personId}/persistedfaces/{persistedFaceId}."""
    return _containers.get(_face_route(large_person_group_id, person_id, persisted_face_id),
                           _models.LargePersonGroupPersonFace._from_wire)


def update_face(
    large_person_group_id: Any, person_id: Any, persisted_face_id: Any, body: Any, **fields: Any
) -> Call[None]:
    """PATCH /largepersongroups/{id}/persons/{personId}/persistedfaces/{persistedFaceId}: the face's user data."""
    return _containers.update_face(_face_route(large_person_group_id, person_id, persisted_face_id), body, **fields)
