"""Routes for the person directory: ``/persons``, their faces per recognition model, ``/dynamicpersongroups``.
Served for the preview API versions only (the GA v1.2 API removed them); identify/verify against the directory are
routed by ``_routes_detect`` to :mod:`._directory`.

Changes run as long-running operations (202 + ``operation-Location``): the request is checked at once, and the
change is applied when the operation finishes (after the emulator's ``training_seconds``, by the store's clock), so
a person is readable once its creation has succeeded. An operation whose person, face or group ``userData``
contains ``emulator:fail-operation`` fails, changing nothing.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional

from . import _directory as _dir
from ._collections import MAX_FACES_PER_PERSON, operation_location, poll_hint
from ._common import prepare_persisted_face
from ._errors import FaceServiceError
from ._http import Request, Response, Router, empty_response, json_response
from ._util import FACE_USER_DATA_MAX, check_collection_id, check_name, check_user_data, new_id, now, paginate


# --------------------------------------------------------------------------- operations


def _accepted(req: Request, effect: Dict[str, Any], body: Optional[Dict[str, Any]] = None) -> Response:
    """Start the operation that applies ``effect`` and answer 202 with where to follow it."""
    op = req.store.start_operation(effect, req.emulator.training_seconds)
    location = operation_location(req, op["operationId"])
    # Location too, pointing at the operation, as in the REST API's examples
    headers = {"operation-Location": location, "Location": location, **poll_hint(op)}
    return empty_response(202, headers) if body is None else json_response(body, 202, headers)


# --------------------------------------------------------------------------- persons


def create_person(req: Request) -> Response:
    body = req.json()
    name = check_name(body, required=True)
    user_data = check_user_data(body.get("userData"))
    pid = new_id()
    person: Dict[str, Any] = {"personId": pid, "name": name, "userData": user_data, "faceIds": {}, "createdDateTime": now()}
    effect = {"kind": "createPerson", "person": person, "resource": f"/persons/{pid}",
              "fail": "person" if _dir.fails(user_data) else None}
    return _accepted(req, effect, {"personId": pid})


def get_person(req: Request, pid: str) -> Response:
    return json_response(_dir.person_view(_dir.find_person(req, pid)))


def list_persons(req: Request) -> Response:
    start, top = req.paging()
    return json_response(paginate(req.store.directory_persons.items(), start, top, _dir.person_view))


def update_person(req: Request, pid: str) -> Response:
    person = _dir.find_person(req, pid)
    body = req.json()
    name = check_name(body, required=False)
    if name is not None:
        person["name"] = name
    if "userData" in body:
        person["userData"] = check_user_data(body.get("userData"))
    _dir.save(req.store.directory_persons, person["personId"], person)
    return empty_response()


def delete_person(req: Request, pid: str) -> Response:
    person = _dir.find_person(req, pid)
    return _accepted(req, {"kind": "deletePerson", "personId": person["personId"]})


def group_references(req: Request, pid: str) -> Response:
    person = _dir.find_person(req, pid)
    start, top = req.paging()
    holding = [(gid, gid) for gid, group in req.store.dynamic_groups.items() if person["personId"] in group["personIds"]]
    return json_response({"dynamicPersonGroupIds": paginate(holding, start, top)})


# --------------------------------------------------------------------------- faces


def _room_for_a_face(req: Request, pid: str, model: str) -> Dict[str, Any]:
    person = _dir.find_person(req, pid)
    if len(person["faceIds"].get(_dir.check_model(model), ())) >= MAX_FACES_PER_PERSON:
        raise FaceServiceError(403, "QuotaExceeded",
                               f"A person can hold at most {MAX_FACES_PER_PERSON} faces per recognition model.")
    return person


def prepare_add_face(req: Request, pid: str, model: str) -> None:
    """Outside the state lock: a first look for the person (a missing one answers 404 before any download), then
    the image's download and detection."""
    with req.store.lock:
        req.store.advance()  # the person's creation may have ended since the last request
        _room_for_a_face(req, pid, model)
    prepare_persisted_face(req)


def add_face(req: Request, pid: str, model: str) -> Response:
    person = _room_for_a_face(req, pid, model)
    detected, detection_model, user_data = req.prepared["persisted_face"]
    fid = new_id()
    face = {
        "persistedFaceId": fid,
        "personId": person["personId"],
        "recognitionModel": model,
        "detectionModel": detection_model,
        "userData": user_data,
        "identity": detected.identity,
        "faceRectangle": detected.face_rectangle,
    }
    effect = {"kind": "addFace", "face": face, "resource": f"/persons/{person['personId']}/recognitionModels/{model}/persistedfaces/{fid}",
              "fail": "face" if _dir.fails(user_data) else None}
    return _accepted(req, effect, {"persistedFaceId": fid})


def get_face(req: Request, pid: str, model: str, fid: str) -> Response:
    face = _dir.find_face(req, pid, model, fid)
    return json_response({"persistedFaceId": face["persistedFaceId"], "userData": face.get("userData")})


def update_face(req: Request, pid: str, model: str, fid: str) -> Response:
    face = _dir.find_face(req, pid, model, fid)
    body = req.json()
    if "userData" in body:
        face["userData"] = check_user_data(body.get("userData"), FACE_USER_DATA_MAX)
    _dir.save(req.store.directory_faces, face["persistedFaceId"], face)
    return empty_response()


def delete_face(req: Request, pid: str, model: str, fid: str) -> Response:
    face = _dir.find_face(req, pid, model, fid)
    return _accepted(req, {"kind": "deleteFace", "persistedFaceId": face["persistedFaceId"]})


def list_faces(req: Request, pid: str, model: str) -> Response:
    person = _dir.find_person(req, pid)
    ids = list(person["faceIds"].get(_dir.check_model(model), ()))
    return json_response({"personId": person["personId"], "persistedFaceIds": ids})


# --------------------------------------------------------------------------- dynamic person groups


def put_group(req: Request, gid: str) -> Response:
    """Create a group: at once when the body names no persons, as an operation adding them when it does."""
    check_collection_id(gid, "dynamicPersonGroupId")
    body = req.json()
    name = check_name(body, required=True)
    user_data = check_user_data(body.get("userData"))
    if gid in req.store.dynamic_groups:
        raise FaceServiceError(409, "DynamicPersonGroupExists", f"Dynamic person group '{gid}' already exists.")
    group = {"dynamicPersonGroupId": gid, "name": name, "userData": user_data, "createdDateTime": now()}
    if "addPersonIds" not in body:
        _dir.save(req.store.dynamic_groups, gid, dict(group, personIds=[]))
        return empty_response()
    add = _dir.person_ids(req, body, "addPersonIds", required=True)
    effect = {"kind": "createGroup", "dynamicPersonGroupId": gid, "group": group, "add": add,
              "resource": f"/dynamicpersongroups/{gid}",
              "fail": "dynamic person group" if _dir.fails(user_data) else None}
    return _accepted(req, effect)


def patch_group(req: Request, gid: str) -> Response:
    """Rename at once; with ``addPersonIds``/``removePersonIds``, as an operation."""
    group = _dir.find_group(req, gid)
    body = req.json()
    fields: Dict[str, Any] = {}
    name = check_name(body, required=False)
    if name is not None:
        fields["name"] = name
    if "userData" in body:
        fields["userData"] = check_user_data(body.get("userData"))
    if "addPersonIds" not in body and "removePersonIds" not in body:
        group.update(fields)
        _dir.save(req.store.dynamic_groups, gid, group)
        return empty_response()
    add = _dir.person_ids(req, body, "addPersonIds", required=False)
    remove = _dir.person_ids(req, body, "removePersonIds", required=False)
    effect = {"kind": "updateGroup", "dynamicPersonGroupId": gid, "fields": fields, "add": add, "remove": remove,
              "resource": f"/dynamicpersongroups/{gid}",
              "fail": "dynamic person group" if _dir.fails(fields.get("userData", group.get("userData"))) else None}
    return _accepted(req, effect)


def delete_group(req: Request, gid: str) -> Response:
    _dir.find_group(req, gid)
    return _accepted(req, {"kind": "deleteGroup", "dynamicPersonGroupId": gid})


def get_group(req: Request, gid: str) -> Response:
    return json_response(_dir.group_view(_dir.find_group(req, gid)))


def list_groups(req: Request) -> Response:
    start, top = req.paging()
    return json_response(paginate(req.store.dynamic_groups.items(), start, top, _dir.group_view))


def group_persons(req: Request, gid: str) -> Response:
    group = _dir.find_group(req, gid)
    start, top = req.paging()
    return json_response({"personIds": paginate(((p, p) for p in group["personIds"]), start, top)})


# --------------------------------------------------------------------------- routes


def register(router: Router) -> None:
    add: Callable[..., None] = lambda method, template, handler, **kw: router.add(method, template, handler, _dir.VERSIONS, **kw)
    add("POST", "/persons", create_person)
    add("GET", "/persons", list_persons)
    add("GET", "/persons/{pid}", get_person)
    add("PATCH", "/persons/{pid}", update_person)
    add("DELETE", "/persons/{pid}", delete_person)
    add("GET", "/persons/{pid}/dynamicPersonGroupReferences", group_references)
    faces = "/persons/{pid}/recognitionModels/{model}/persistedfaces"
    add("POST", faces, add_face, prepare=prepare_add_face)
    add("GET", faces, list_faces)
    add("GET", faces + "/{fid}", get_face)
    add("PATCH", faces + "/{fid}", update_face)
    add("DELETE", faces + "/{fid}", delete_face)
    add("GET", "/dynamicpersongroups", list_groups)
    add("PUT", "/dynamicpersongroups/{gid}", put_group)
    add("GET", "/dynamicpersongroups/{gid}", get_group)
    add("PATCH", "/dynamicpersongroups/{gid}", patch_group)
    add("DELETE", "/dynamicpersongroups/{gid}", delete_group)
    add("GET", "/dynamicpersongroups/{gid}/persons", group_persons)
