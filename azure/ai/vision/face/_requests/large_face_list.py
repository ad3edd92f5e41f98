# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Request builders of ``FaceAdministrationClient.large_face_list``: the lists, their training and persisted faces."""
from __future__ import annotations

from typing import Any, List, Optional

from .. import models as _models
from . import _containers
from ._base import Call, path, path_id

_LISTS = "/largefacelists"
_LIST = "/largefacelists/{largeFaceListId}"
_TRAIN = "/largefacelists/{largeFaceListId}/train"
_TRAINING = "/largefacelists/{largeFaceListId}/training"
_FACES = "/largefacelists/{largeFaceListId}/persistedfaces"
_FACE = "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}"


def _route(template: str, large_face_list_id: Any) -> str:
    return path(template, largeFaceListId=path_id(large_face_list_id, "large_face_list_id"))


def _face_route(large_face_list_id: Any, persisted_face_id: Any) -> str:
    return path(_FACE, largeFaceListId=path_id(large_face_list_id, "large_face_list_id"),
                persistedFaceId=path_id(persisted_face_id, "persisted_face_id"))


def create(large_face_list_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PUT /largefacelists/{id}: create an empty list (``name``, ``user_data``, ``recognition_model``)."""
    return _containers.create(_route(_LIST, large_face_list_id), body, **fields)


def delete(large_face_list_id: Any) -> Call[None]:
    """DELETE /largefacelists/{id}: the list and all its faces."""
    return Call("DELETE", _route(_LIST, large_face_list_id))


def get(large_face_list_id: Any, *, return_recognition_model: Optional[bool] = None) -> Call[_models.LargeFaceList]:
    """GET /largefacelists/{id}."""
    return _containers.get(_route(_LIST, large_face_list_id), _models.LargeFaceList._from_wire,
                           return_recognition_model=return_recognition_model)


def update(large_face_list_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PATCH /largefacelists/{id}: name and/or user data."""
    return _containers.update(_route(_LIST, large_face_list_id), body, **fields)


def get_large_face_lists(**paging: Any) -> Call[List[_models.LargeFaceList]]:
    """GET /largefacelists: one page of lists (``start``, ``top``, ``return_recognition_model``)."""
    return _containers.page(_LISTS, _models.LargeFaceList._from_wire, **paging)


def get_training_status(large_face_list_id: Any) -> Call[_models.FaceTrainingResult]:
    """GET /largefacelists/{id}/training."""
    return _containers.training_status(_route(_TRAINING, large_face_list_id))


def train(large_face_list_id: Any) -> Call[None]:
    """POST /largefacelists/{id}/train: start training (202 with ``operation-Location``)."""
    return _containers.train(_route(_TRAIN, large_face_list_id))


def add_face(large_face_list_id: Any, image_content: Any, **options: Any) -> Call[_models.AddFaceResult]:
    """POST /largefacelists/{id}/persistedfaces with the image bytes as the body."""
    return _containers.add_face(_route(_FACES, large_face_list_id), image_content, **options)


def add_face_from_url(large_face_list_id: Any, body: Any, **options: Any) -> Call[_models.AddFaceResult]:
    """POST /largefacelists/{id}/persistedfaces with ``{"url": ...}``."""
    return _containers.add_face_from_url(_route(_FACES, large_face_list_id), body, **options)


def delete_face(large_face_list_id: Any, persisted_face_id: Any) -> Call[None]:
    """DELETE /largefacelists/{id}/persistedfaces/{persistedFaceId}."""
    return Call("DELETE", _face_route(large_face_list_id, persisted_face_id))


def get_face(large_face_list_id: Any, persisted_face_id: Any) -> Call[_models.LargeFaceListFace]:
    """GET /largefacelists/{id}/persistedfaces/{persistedFaceId}."""
    return _containers.get(_face_route(large_face_list_id, persisted_face_id), _models.LargeFaceListFace._from_wire)


def update_face(large_face_list_id: Any, persisted_face_id: Any, body: Any, **fields: Any) -> Call[None]:
    """PATCH /largefacelists/{id}/persistedfaces/{persistedFaceId}: the face's user data."""
    return _containers.update_face(_face_route(large_face_list_id, persisted_face_id), body, **fields)


def get_faces(large_face_list_id: Any, **paging: Any) -> Call[List[_models.LargeFaceListFace]]:
    """GET /largefacelists/{id}/persistedfaces: one page of faces (``start``, ``top``)."""
    return _containers.page(_route(_FACES, large_face_list_id), _models.LargeFaceListFace._from_wire, **paging)
