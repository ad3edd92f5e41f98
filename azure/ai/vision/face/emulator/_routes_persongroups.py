"""Routes for ``/largepersongroups`` and ``/persongroups`` (persons and their faces)."""

from __future__ import annotations

from typing import Any, Dict, Tuple

from . import _collections as col
from ._collections import LARGE_PERSON_GROUP, MAX_FACES_PER_PERSON, PERSON_GROUP, lookup_person
from ._common import add_persisted_face, face_view, prepare_persisted_face
from ._errors import FaceServiceError, not_found
from ._http import Request, Response, Router, empty_response, json_response
from ._util import FACE_USER_DATA_MAX, check_name, check_user_data, check_uuid, new_id, paginate


def person_view(person: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "personId": person["personId"],
        "name": person["name"],
        "userData": person.get("userData"),
        "persistedFaceIds": list(person["persistedFaceIds"]),
    }


def create_person(req: Request, kind: col.Kind, cid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    body = req.json()
    name = check_name(body, required=True)
    user_data = check_user_data(body.get("userData"))
    pid = new_id()
    rec["persons"][pid] = {"personId": pid, "name": name, "userData": user_data, "persistedFaceIds": []}
    return json_response({"personId": pid})


def list_persons(req: Request, kind: col.Kind, cid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    start, top = req.paging()
    return json_response(paginate(rec["persons"].items(), start, top, person_view))


def get_person(req: Request, kind: col.Kind, cid: str, pid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    return json_response(person_view(lookup_person(req, rec, pid)))


def update_person(req: Request, kind: col.Kind, cid: str, pid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    person = lookup_person(req, rec, pid)
    body = req.json()
    name = check_name(body, required=False)
    if name is not None:
        person["name"] = name
    if "userData" in body:
        person["userData"] = check_user_data(body.get("userData"))
    return empty_response()


def delete_person(req: Request, kind: col.Kind, cid: str, pid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    person = lookup_person(req, rec, pid)
    for fid in person["persistedFaceIds"]:
        rec["faces"].pop(fid, None)
    del rec["persons"][person["personId"]]
    return empty_response()


def _room_for_a_face(req: Request, kind: col.Kind, cid: str, pid: str) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    rec = col.lookup(req, kind, cid)
    person = lookup_person(req, rec, pid)
    if len(person["persistedFaceIds"]) >= MAX_FACES_PER_PERSON:
        raise FaceServiceError(403, "QuotaExceeded", f"A person can hold at most {MAX_FACES_PER_PERSON} faces.")
    return rec, person


def prepare_add_face(req: Request, kind: col.Kind, cid: str, pid: str) -> None:
    """Outside the state lock: a first look for the person (so a missing one answers 404 before any
    download), then the image's download and detection."""
    with req.store.lock:
        _room_for_a_face(req, kind, cid, pid)
    prepare_persisted_face(req)


def add_face(req: Request, kind: col.Kind, cid: str, pid: str) -> Response:
    # Checked again under the lock: the person may have gone, or filled up, meanwhile.
    rec, person = _room_for_a_face(req, kind, cid, pid)
    return json_response({"persistedFaceId": add_persisted_face(req, rec, person)})


def _person_face(req: Request, kind: col.Kind, cid: str, pid: str, fid: str) -> Dict[str, Any]:
    rec = col.lookup(req, kind, cid)
    person = lookup_person(req, rec, pid)
    fid = check_uuid(fid, "persistedFaceId")
    if fid not in person["persistedFaceIds"] or fid not in rec["faces"]:
        raise not_found("PersistedFaceNotFound", f"Persisted face '{fid}' is not found.")
    face: Dict[str, Any] = rec["faces"][fid]
    return face


def get_face(req: Request, kind: col.Kind, cid: str, pid: str, fid: str) -> Response:
    return json_response(face_view(_person_face(req, kind, cid, pid, fid)))


def update_face(req: Request, kind: col.Kind, cid: str, pid: str, fid: str) -> Response:
    face = _person_face(req, kind, cid, pid, fid)
    body = req.json()
    if "userData" in body:
        face["userData"] = check_user_data(body.get("userData"), FACE_USER_DATA_MAX)
    return empty_response()


def delete_face(req: Request, kind: col.Kind, cid: str, pid: str, fid: str) -> Response:
    face = _person_face(req, kind, cid, pid, fid)
    rec = req.store.collections[kind.kind][cid]
    del rec["faces"][face["persistedFaceId"]]
    rec["persons"][face["personId"]]["persistedFaceIds"].remove(face["persistedFaceId"])
    return empty_response()


def register(router: Router) -> None:
    for kind in (LARGE_PERSON_GROUP, PERSON_GROUP):
        col.register_collection_routes(router, kind)
        persons = "/" + kind.kind + "/{cid}/persons"
        person = persons + "/{pid}"
        faces = person + "/persistedfaces"
        face = faces + "/{fid}"
        router.add("POST", persons, lambda req, cid, k=kind: create_person(req, k, cid))
        router.add("GET", persons, lambda req, cid, k=kind: list_persons(req, k, cid))
        router.add("GET", person, lambda req, cid, pid, k=kind: get_person(req, k, cid, pid))
        router.add("PATCH", person, lambda req, cid, pid, k=kind: update_person(req, k, cid, pid))
        router.add("DELETE", person, lambda req, cid, pid, k=kind: delete_person(req, k, cid, pid))
        router.add(
            "POST",
            faces,
            lambda req, cid, pid, k=kind: add_face(req, k, cid, pid),
            prepare=lambda req, cid, pid, k=kind: prepare_add_face(req, k, cid, pid),
        )
        router.add("GET", face, lambda req, cid, pid, fid, k=kind: get_face(req, k, cid, pid, fid))
        router.add("PATCH", face, lambda req, cid, pid, fid, k=kind: update_face(req, k, cid, pid, fid))
        router.add("DELETE", face, lambda req, cid, pid, fid, k=kind: delete_face(req, k, cid, pid, fid))
