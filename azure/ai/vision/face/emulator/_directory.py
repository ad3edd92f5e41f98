"""The person directory's domain logic, shared by its routes and by identify/verify: look-ups, views, the
effects its long-running operations apply when they finish, and scoring against its persons.

Stored entities live in the store's ``Rows`` maps ``directory_persons`` (faces' ids per recognition model inside),
``directory_faces`` and ``dynamic_groups``, so ``data_dir`` persists them. An operation's effect is data kept with
the operation and applied by :func:`apply_effect` (registered in ``_store.OPERATION_EFFECTS``) when it finishes.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from . import _store
from ._collections import MAX_FACES_PER_PERSON
from ._errors import bad_argument, not_found
from ._http import V1_1_PREVIEW_1, V1_2_PREVIEW_1, Later, Request, Response, json_response
from ._store import Store
from ._util import RECOGNITION_MODELS, check_collection_id, check_uuid, get_int, get_number, require

# The GA v1.2 API has no person directory routes; it keeps identify/verify against the directory (served by all).
VERSIONS = (V1_1_PREVIEW_1, V1_2_PREVIEW_1)
FAIL_OPERATION_MARKER = "emulator:fail-operation"
MAX_IDENTIFY_PERSONS = 30
SAME_PERSON_THRESHOLD = 0.5


# --------------------------------------------------------------------------- look-ups and views


def find_person(req: Request, pid: str) -> Dict[str, Any]:
    pid = check_uuid(pid, "personId")
    person = req.store.directory_persons.get(pid)
    if person is None:
        raise not_found("PersonNotFound", f"Person '{pid}' is not found.")
    return person


def check_model(value: str) -> str:
    if value not in RECOGNITION_MODELS:
        raise bad_argument(f"Invalid recognitionModel '{value}'; allowed: {', '.join(RECOGNITION_MODELS)}.")
    return value


def find_face(req: Request, pid: str, model: str, fid: str) -> Dict[str, Any]:
    person = find_person(req, pid)
    model = check_model(model)
    fid = check_uuid(fid, "persistedFaceId")
    face = req.store.directory_faces.get(fid)
    if face is None or fid not in person["faceIds"].get(model, ()):
        raise not_found("PersistedFaceNotFound", f"Persisted face '{fid}' is not found.")
    return face


def find_group(req: Request, gid: str) -> Dict[str, Any]:
    check_collection_id(gid, "dynamicPersonGroupId")
    group = req.store.dynamic_groups.get(gid)
    if group is None:
        raise not_found("DynamicPersonGroupNotFound", f"Dynamic person group '{gid}' is not found.")
    return group


def person_view(person: Dict[str, Any]) -> Dict[str, Any]:
    return {"personId": person["personId"], "name": person["name"], "userData": person.get("userData")}


def group_view(group: Dict[str, Any]) -> Dict[str, Any]:
    return {"dynamicPersonGroupId": group["dynamicPersonGroupId"], "name": group["name"],
            "userData": group.get("userData")}


def person_ids(req: Request, body: Dict[str, Any], field: str, *, required: bool) -> List[str]:
    value = require(body, field) if required else body.get(field)
    if value is None:
        return []
    if not isinstance(value, list) or (required and not value):
        raise bad_argument(f"Field '{field}' must be a non-empty array of personIds." if required
                           else f"Field '{field}' must be an array of personIds.")
    ids: List[str] = []
    for item in value:
        pid = find_person(req, item)["personId"] if field != "removePersonIds" else check_uuid(item, field)
        if pid not in ids:
            ids.append(pid)
    return ids


def fails(*user_data: Optional[str]) -> bool:
    return any(FAIL_OPERATION_MARKER in (text or "") for text in user_data)


def failed_marker(what: str) -> str:
    return f"The operation failed (emulated): the {what}'s userData contains '{FAIL_OPERATION_MARKER}'."


def save(rows: "_store.Rows[Dict[str, Any]]", key: str, record: Dict[str, Any]) -> None:
    rows[key] = record  # records are changed in place: writing them back notes the change for data_dir


def apply_effect(store: Store, effect: Dict[str, Any]) -> Optional[str]:
    """Finish a person directory operation (registered in ``_store.OPERATION_EFFECTS``)."""
    kind = effect["kind"]
    persons, faces, groups = store.directory_persons, store.directory_faces, store.dynamic_groups
    if effect.get("fail"):
        return failed_marker(effect["fail"])
    if kind == "createPerson":
        person = effect["person"]
        save(persons, person["personId"], person)
        return None
    if kind == "deletePerson":
        pid = effect["personId"]
        person = persons.get(pid)
        if person is None:
            return f"Person '{pid}' is not found."
        for ids in person["faceIds"].values():
            for fid in ids:
                faces.pop(fid, None)
        del persons[pid]
        for gid, group in list(groups.items()):
            if pid in group["personIds"]:
                group["personIds"].remove(pid)
                save(groups, gid, group)
        return None
    if kind == "addFace":
        face = effect["face"]
        person = persons.get(face["personId"])
        if person is None:
            return f"Person '{face['personId']}' is not found."
        ids = person["faceIds"].setdefault(face["recognitionModel"], [])
        if len(ids) >= MAX_FACES_PER_PERSON:
            return f"A person can hold at most {MAX_FACES_PER_PERSON} faces per recognition model."
        ids.append(face["persistedFaceId"])
        save(faces, face["persistedFaceId"], face)
        save(persons, person["personId"], person)
        return None
    if kind == "deleteFace":
        face = faces.pop(effect["persistedFaceId"], None)
        person = persons.get(face["personId"]) if face is not None else None
        if face is None or person is None:
            return f"Persisted face '{effect['persistedFaceId']}' is not found."
        person["faceIds"][face["recognitionModel"]].remove(face["persistedFaceId"])
        save(persons, person["personId"], person)
        return None
    gid = effect["dynamicPersonGroupId"]
    if kind == "deleteGroup":
        return None if groups.pop(gid, None) is not None else f"Dynamic person group '{gid}' is not found."
    if kind == "createGroup" and gid in groups:
        return f"Dynamic person group '{gid}' already exists."
    if kind == "updateGroup" and gid not in groups:
        return f"Dynamic person group '{gid}' is not found."
    missing = [p for p in effect["add"] if p not in persons]
    if missing:  # deleted meanwhile
        return f"Person '{missing[0]}' is not found."
    if kind == "createGroup":
        group = dict(effect["group"], personIds=[])
    else:
        group = groups[gid]
        group.update(effect["fields"])
        group["personIds"] = [p for p in group["personIds"] if p not in effect["remove"]]
    group["personIds"] += [p for p in effect["add"] if p not in group["personIds"]]
    save(groups, gid, group)
    return None


for _kind in ("createPerson", "deletePerson", "addFace", "deleteFace", "createGroup", "updateGroup", "deleteGroup"):
    _store.OPERATION_EFFECTS[_kind] = apply_effect


# --------------------------------------------------------------------------- identify / verify


def _identities(store: Store, person: Dict[str, Any], model: str) -> List[str]:
    faces = store.directory_faces
    return [faces[fid]["identity"] for fid in person["faceIds"].get(model, ()) if fid in faces]


def identify(req: Request, body: Dict[str, Any], faces: List[Tuple[str, Dict[str, Any]]]) -> Later:
    """POST /identify with ``personIds`` or ``dynamicPersonGroupId`` (the query faces are already looked up)."""
    if body.get("personIds") is not None:
        value = body["personIds"]
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_IDENTIFY_PERSONS:
            raise bad_argument(f"Field 'personIds' must contain between 1 and {MAX_IDENTIFY_PERSONS} personIds.")
        persons = [find_person(req, pid) for pid in value]
    else:
        group = find_group(req, str(body["dynamicPersonGroupId"]))
        persons = [req.store.directory_persons[pid] for pid in group["personIds"]
                   if pid in req.store.directory_persons]
    max_n = get_int(body, "maxNumOfCandidatesReturned", 10, 1, 100)
    threshold = get_number(body, "confidenceThreshold", SAME_PERSON_THRESHOLD, 0.0, 1.0)
    models = {face["recognitionModel"] for _, face in faces}
    # copied under the state lock; scored after it is released
    known = {(p["personId"], m): _identities(req.store, p, m) for p in persons for m in models}
    engine = req.engine

    def score() -> Response:
        results = []
        for fid, face in faces:
            model = face["recognitionModel"]
            candidates: List[Dict[str, Any]] = []
            for (pid, person_model), identities in known.items():
                if person_model != model or not identities:
                    continue
                conf = max(engine.compare(face["identity"], ident, model) for ident in identities)
                if conf >= (threshold or 0.0):
                    candidates.append({"personId": pid, "confidence": conf})
            candidates.sort(key=lambda c: (-c["confidence"], c["personId"]))
            results.append({"faceId": fid, "candidates": candidates[:max_n]})
        return json_response(results)

    return Later(score)


def verify(req: Request, body: Dict[str, Any], face: Dict[str, Any]) -> Response:
    """POST /verify with ``faceId`` and a person directory ``personId``."""
    person = find_person(req, require(body, "personId"))
    model = face["recognitionModel"]
    conf = max((req.engine.compare(face["identity"], ident, model) for ident in _identities(req.store, person, model)),
               default=0.0)
    return json_response({"isIdentical": conf >= SAME_PERSON_THRESHOLD, "confidence": conf})


