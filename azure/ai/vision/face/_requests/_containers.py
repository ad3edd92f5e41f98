# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Request shapes that large face lists and large person groups share: the container itself, its paging, and the
persisted faces it holds. The group modules own the routes and pass them in; the body keys and query names live here.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, TypeVar

from .. import models as _models
from ._base import (
    OCTET_STREAM,
    Call,
    check_bool,
    check_int,
    check_str,
    image_bytes,
    json_call,
    list_loader,
    query,
)
from ._base import target_face as _target_face  # the parameters below carry the same name

T = TypeVar("T")

NAME_MAX = 128
USER_DATA_MAX = 16384
FACE_USER_DATA_MAX = 1024


def _named(name: Any, user_data: Any) -> Dict[str, Any]:
    """The ``name`` / ``userData`` pair that containers and persons carry."""
    return {
        "name": check_str("name", name, max_length=NAME_MAX),
        "userData": check_str("user_data", user_data, max_length=USER_DATA_MAX, allow_empty=True),
    }


def create(
    route: str, body: Any, *, name: Any, user_data: Any, recognition_model: Any, content_type: Optional[str]
) -> Call[None]:
    """PUT a new container (``name`` required; the recognition model is fixed for its lifetime)."""
    fields = {**_named(name, user_data), "recognitionModel": check_str("recognition_model", recognition_model)}
    return json_call("PUT", route, body, fields, required=("name",), content_type=content_type)


def create_named(
    route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str], load: Callable[[Any], T]
) -> Call[T]:
    """POST a new named entry (a person) whose answer ``load`` reads."""
    return json_call("POST", route, body, _named(name, user_data), required=("name",), content_type=content_type,
                     load=load)


def update(route: str, body: Any, *, name: Any, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the name and/or user data of a container or person; what is left out stays as it is."""
    return json_call("PATCH", route, body, _named(name, user_data), content_type=content_type)


def get(route: str, load: Callable[[Any], T], *, return_recognition_model: Optional[bool] = None) -> Call[T]:
    """GET one container (optionally echoing its recognition model), person or face."""
    params = query(returnRecognitionModel=check_bool("return_recognition_model", return_recognition_model))
    return Call("GET", route, params=params, load=load)


def page(
    route: str,
    load_item: Callable[[Any], T],
    *,
    start: Optional[str],
    top: Optional[int],
    return_recognition_model: Optional[bool] = None,
) -> Call[List[T]]:
    """GET one page of a listing: entries whose id sorts after ``start``, at most ``top`` (1 to 1000) of them."""
    params = query(
        start=check_str("start", start, allow_empty=True),
        top=check_int("top", top, 1, 1000),
        returnRecognitionModel=check_bool("return_recognition_model", return_recognition_model),
    )
    return Call("GET", route, params=params, load=list_loader(load_item))


def training_status(route: str) -> Call[_models.FaceTrainingResult]:
    """GET the state of the latest training of a container."""
    return Call("GET", route, load=_models.FaceTrainingResult._from_wire)


def train(route: str) -> Call[None]:
    """POST a training request; the service answers 202 with the operation to poll in ``operation-Location``."""
    return Call("POST", route, ok=(202,))


def _add_face_query(target: Any, detection_model: Any, user_data: Any) -> Dict[str, str]:
    return query(
        targetFace=_target_face(target),
        detectionModel=check_str("detection_model", detection_model),
        userData=check_str("user_data", user_data, max_length=FACE_USER_DATA_MAX, allow_empty=True),
    )


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
        content=image_bytes("image_content", image_content),
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
    return json_call("POST", route, body, {"url": check_str("url", url)}, required=("url",), content_type=content_type,
                     params=_add_face_query(target_face, detection_model, user_data),
                     load=_models.AddFaceResult._from_wire)


def update_face(route: str, body: Any, *, user_data: Any, content_type: Optional[str]) -> Call[None]:
    """PATCH the user data of a persisted face."""
    fields = {"userData": check_str("user_data", user_data, max_length=FACE_USER_DATA_MAX, allow_empty=True)}
    return json_call("PATCH", route, body, fields, content_type=content_type)
