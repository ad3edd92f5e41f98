# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Requests of the face containers -- face lists, large face lists, person groups and large person groups: the
containers, their training, their persons and the persisted faces they hold. Each kind is one ``Routes`` (its URL
segment and id parameter); the operations fill its templates (``path(FACE_LIST.one, faceListId=...)``) and call
the builders below, which are the same for every kind. Body keys and query names live here.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, TypeVar

from .. import models as _models
from ._base import OCTET_STREAM, Call, json_call, list_loader, query

T = TypeVar("T")


class Routes:
    """The route templates of one container kind: ``collection`` is its URL segment, ``id_name`` the name of the
    container's path parameter (``{largeFaceListId}``, ``{personGroupId}``, ...)."""

    __slots__ = ("all", "one", "train", "training", "faces", "face", "persons", "person", "person_faces",
                 "person_face")

    def __init__(self, collection: str, id_name: str) -> None:
        self.all = "/" + collection
        self.one = "%s/{%s}" % (self.all, id_name)
        self.train = self.one + "/train"
        self.training = self.one + "/training"
        self.faces = self.one + "/persistedfaces"  # faces held by the container itself (face lists)
        self.face = self.faces + "/{persistedFaceId}"
        self.persons = self.one + "/persons"  # persons, with their faces (person groups)
        self.person = self.persons + "/{personId}"
        self.person_faces = self.person + "/persistedfaces"
        self.person_face = self.person_faces + "/{persistedFaceId}"


FACE_LIST = Routes("facelists", "faceListId")
LARGE_FACE_LIST = Routes("largefacelists", "largeFaceListId")
PERSON_GROUP = Routes("persongroups", "personGroupId")
LARGE_PERSON_GROUP = Routes("largepersongroups", "largePersonGroupId")

# the large variants' templates under the names their operations use
LISTS = LARGE_FACE_LIST.all
LIST = LARGE_FACE_LIST.one
LIST_TRAIN = LARGE_FACE_LIST.train
LIST_TRAINING = LARGE_FACE_LIST.training
LIST_FACES = LARGE_FACE_LIST.faces
LIST_FACE = LARGE_FACE_LIST.face

GROUPS = LARGE_PERSON_GROUP.all
GROUP = LARGE_PERSON_GROUP.one
GROUP_TRAIN = LARGE_PERSON_GROUP.train
GROUP_TRAINING = LARGE_PERSON_GROUP.training
PERSONS = LARGE_PERSON_GROUP.persons
PERSON = LARGE_PERSON_GROUP.person
PERSON_FACES = LARGE_PERSON_GROUP.person_faces
PERSON_FACE = LARGE_PERSON_GROUP.person_face


def create(
    route: str, body: Any, *, name: Any, user_data: Any, recognition_model: Any, content_type: Optional[str]
) -> Call[None]:
    """PUT a new container (``name`` required; the recognition model is fixed for its lifetime)."""
    fields = {"name": name, "userData": user_data, "recognitionModel": recognition_model}
    return json_call("PUT", route, body, fields, required=("name",), content_type=content_type)


def create_person(
    route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]
) -> Call[_models.CreatePersonResult]:
    """POST a new person of a (large) person group."""
    return json_call("POST", route, body, {"name": name, "userData": user_data}, required=("name",),
                     content_type=content_type, load=_models.CreatePersonResult._from_wire)


def update(route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the name and/or user data of a container or person; what is left out stays as it is."""
    return json_call("PATCH", route, body, {"name": name, "userData": user_data}, content_type=content_type)


def get(route: str, load: Callable[[Any], T], *, return_recognition_model: Optional[bool] = None) -> Call[T]:
    """GET one container (optionally echoing its recognition model), person or face; or all face lists (the one
    listing that is not paged)."""
    return Call("GET", route, params=query(returnRecognitionModel=return_recognition_model), load=load)


def page(
    route: str,
    load_item: Callable[[Any], T],
    *,
    start: Optional[str],
    top: Optional[int],
    return_recognition_model: Optional[bool] = None,
) -> Call[List[T]]:
    """GET one page of a listing: entries whose id sorts after ``start``, at most ``top`` of them."""
    params = query(start=start, top=top, returnRecognitionModel=return_recognition_model)
    return Call("GET", route, params=params, load=list_loader(load_item))


def add_face(
    route: str,
    image_content: Any,
    *,
    target_face: Any,
    detection_model: Any,
    user_data: Any,
    content_type: Optional[str],
) -> Call[_models.AddFaceResult]:
    """POST the image bytes of a face to persist (exactly one face, or the one ``target_face`` points at)."""
    return Call(
        "POST",
        route,
        params=_add_face_query(target_face, detection_model, user_data),
        headers={"Content-Type": content_type or OCTET_STREAM},
        content=image_content,
        load=_models.AddFaceResult._from_wire,
    )


def add_face_from_url(
    route: str,
    body: Any,
    *,
    url: Any,
    target_face: Any,
    detection_model: Any,
    user_data: Any,
    content_type: Optional[str],
) -> Call[_models.AddFaceResult]:
    """POST ``{"url": ...}``: the service downloads the image of the face to persist."""
    return json_call("POST", route, body, {"url": url}, required=("url",), content_type=content_type,
                     params=_add_face_query(target_face, detection_model, user_data),
                     load=_models.AddFaceResult._from_wire)


def _add_face_query(target_face: Any, detection_model: Any, user_data: Any) -> Dict[str, str]:
    return query(targetFace=target_face, detectionModel=detection_model, userData=user_data)


def update_face(route: str, body: Any, *, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the user data of a persisted face."""
    return json_call("PATCH", route, body, {"userData": user_data}, content_type=content_type)


def train(route: str) -> Call[None]:
    """POST the start of a training; the service answers 202 with the status URL in ``operation-Location``."""
    return Call("POST", route, ok=(202,))


def training_status(route: str) -> Call[_models.FaceTrainingResult]:
    """GET the state of a container's latest training."""
    return Call("GET", route, load=_models.FaceTrainingResult._from_wire)


def delete(route: str) -> Call[None]:
    """DELETE a container, a person or a persisted face."""
    return Call("DELETE", route)
