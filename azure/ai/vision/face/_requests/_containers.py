# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Requests of large face lists and large person groups: the containers, their training, their persons and the
persisted faces they hold. The operations fill the route templates below (``path(LIST, largeFaceListId=...)``) and
call these builders directly; body keys and query names live here.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, TypeVar

from .. import models as _models
from ._base import OCTET_STREAM, Call, json_call, list_loader, query

T = TypeVar("T")

LISTS = "/largefacelists"
LIST = "/largefacelists/{largeFaceListId}"
LIST_TRAIN = LIST + "/train"
LIST_TRAINING = LIST + "/training"
LIST_FACES = LIST + "/persistedfaces"
LIST_FACE = LIST_FACES + "/{persistedFaceId}"

GROUPS = "/largepersongroups"
GROUP = "/largepersongroups/{largePersonGroupId}"
GROUP_TRAIN = GROUP + "/train"
GROUP_TRAINING = GROUP + "/training"
PERSONS = GROUP + "/persons"
PERSON = PERSONS + "/{personId}"
PERSON_FACES = PERSON + "/persistedfaces"
PERSON_FACE = PERSON_FACES + "/{persistedFaceId}"


def create(
    route: str, body: Any, *, name: Any, user_data: Any, recognition_model: Any, content_type: Optional[str]
) -> Call[None]:
    """PUT a new container (``name`` required; the recognition model is fixed for its lifetime)."""
    fields = {"name": name, "userData": user_data, "recognitionModel": recognition_model}
    return json_call("PUT", route, body, fields, required=("name",), content_type=content_type)


def create_person(
    route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]
) -> Call[_models.CreatePersonResult]:
    """POST a new person of a large person group."""
    return json_call("POST", route, body, {"name": name, "userData": user_data}, required=("name",),
                     content_type=content_type, load=_models.CreatePersonResult._from_wire)


def update(route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the name and/or user data of a container or person; what is left out stays as it is."""
    return json_call("PATCH", route, body, {"name": name, "userData": user_data}, content_type=content_type)


def get(route: str, load: Callable[[Any], T], *, return_recognition_model: Optional[bool] = None) -> Call[T]:
    """GET one container (optionally echoing its recognition model), person or face."""
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
