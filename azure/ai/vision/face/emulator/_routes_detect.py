"""Routes for detection and recognition: detect, findsimilars, group, identify, verify."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from . import _collections as col
from . import _directory
from ._common import ALL_ATTRIBUTES, ATTRIBUTES_BY_DETECTION_MODEL, detect, load_image
from ._errors import bad_argument, not_found
from ._collections import FACE_LIST, LARGE_FACE_LIST, LARGE_PERSON_GROUP, PERSON_GROUP, lookup_person
from ._http import SESSION_IMAGE_VERSIONS, Later, Request, Response, Router, json_response
from ._util import (
    DETECTION_MODELS,
    RECOGNITION_MODELS,
    check_uuid,
    get_enum,
    get_int,
    get_number,
    new_id,
    now,
    require,
)

SAME_PERSON_THRESHOLD = 0.5
_ATTRIBUTE_NAMES = {a.lower(): a for a in ALL_ATTRIBUTES}


# --------------------------------------------------------------------------- detect


def _parse_attributes(raw: Optional[str], detection_model: str, recognition_model: str) -> List[str]:
    if raw is None or raw.strip() == "":
        return []
    names: List[str] = []
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        name = _ATTRIBUTE_NAMES.get(part.lower())
        if name is None:
            raise bad_argument(f"Invalid returnFaceAttributes value '{part}'.")
        if name not in ATTRIBUTES_BY_DETECTION_MODEL[detection_model]:
            raise bad_argument(f"Attribute '{name}' is not supported by detection model '{detection_model}'.")
        if name == "qualityForRecognition" and recognition_model not in ("recognition_03", "recognition_04"):
            raise bad_argument(
                "Attribute 'qualityForRecognition' requires recognition model 'recognition_03' or 'recognition_04'."
            )
        if name not in names:
            names.append(name)
    return names


def prepare_detect(req: Request) -> None:
    """Everything of a detect call but remembering the faceIds: runs outside the state lock."""
    detection_model = req.query_enum("detectionModel", DETECTION_MODELS, "detection_01")
    recognition_model = req.query_enum("recognitionModel", RECOGNITION_MODELS, "recognition_01")
    return_face_id = req.query_bool("returnFaceId", True)
    return_landmarks = req.query_bool("returnFaceLandmarks", False)
    return_model = req.query_bool("returnRecognitionModel", False)
    ttl = req.query_int("faceIdTimeToLive", req.emulator.face_id_ttl_default, 60, 86400)
    attributes = _parse_attributes(req.query("returnFaceAttributes"), detection_model, recognition_model)
    if return_landmarks and detection_model == "detection_02":
        raise bad_argument("Face landmarks are not supported by detection model 'detection_02'.")
    data = load_image(req, allow_session_image=req.version in SESSION_IMAGE_VERSIONS)
    faces = detect(req, data, detection_model)
    results: List[Tuple[Optional[Dict[str, Any]], Dict[str, Any]]] = []  # (faceId record, wire item)
    expires = now() + ttl
    for face in faces:
        item: Dict[str, Any] = {}
        record: Optional[Dict[str, Any]] = None
        if return_face_id:
            record = {
                "identity": face.identity,
                "recognitionModel": recognition_model,
                "detectionModel": detection_model,
                "faceRectangle": face.face_rectangle,
                "expires": expires,
            }
            item["faceId"] = None
        if return_model:
            item["recognitionModel"] = recognition_model
        item["faceRectangle"] = dict(face.face_rectangle)
        if return_landmarks:
            item["faceLandmarks"] = face.landmarks
        if attributes:
            item["faceAttributes"] = {a: face.attributes[a] for a in attributes if a in face.attributes}
        results.append((record, item))
    req.prepared["detected"] = results


def post_detect(req: Request) -> Response:
    """Remember the detected faces' ids (under the state lock) and answer."""
    out: List[Dict[str, Any]] = []
    for record, item in req.prepared["detected"]:
        if record is not None:
            face_id = new_id()
            req.store.add_face_id(face_id, record)
            item["faceId"] = face_id
        out.append(item)
    return json_response(out)


# --------------------------------------------------------------------------- helpers


def get_face(req: Request, value: Any, field: str) -> Tuple[str, Dict[str, Any]]:
    face_id = check_uuid(value, field)
    face = req.store.faces.get(face_id)
    if face is None or face["expires"] < now():
        raise not_found("FaceNotFound", f"Face '{face_id}' is not found or has expired.")
    return face_id, face


def _same_model(face_id: str, face: Dict[str, Any], model: str, what: str) -> None:
    if face["recognitionModel"] != model:
        raise bad_argument(
            f"The recognition model of face '{face_id}' ({face['recognitionModel']}) does not match "
            f"the recognition model of {what} ({model})."
        )


def _face_id_list(body: Dict[str, Any], field: str, lo: int, hi: int) -> List[str]:
    value = require(body, field)
    if not isinstance(value, list):
        raise bad_argument(f"Field '{field}' must be an array of faceIds.")
    if not lo <= len(value) <= hi:
        raise bad_argument(f"Field '{field}' must contain between {lo} and {hi} faceIds.")
    ids = [check_uuid(v, field) for v in value]
    if len(set(ids)) != len(ids):
        raise bad_argument(f"Field '{field}' contains duplicate faceIds.")
    return ids


def _exactly_one(body: Dict[str, Any], fields: Tuple[str, ...]) -> str:
    present = [f for f in fields if body.get(f) is not None]
    if len(present) != 1:
        raise bad_argument("Exactly one of " + ", ".join(f"'{f}'" for f in fields) + " must be provided.")
    return present[0]


# --------------------------------------------------------------------------- find similar / group


def post_find_similar(req: Request) -> Later:
    body = req.json()
    query_id, query = get_face(req, require(body, "faceId"), "faceId")
    max_n = get_int(body, "maxNumOfCandidatesReturned", 20, 1, 1000)
    mode = get_enum(body, "mode", ("matchPerson", "matchFace"), "matchPerson")
    source = _exactly_one(body, ("faceIds", "faceListId", "largeFaceListId"))
    model = query["recognitionModel"]
    candidates: List[Tuple[str, str, str]] = []  # (result key, id, identity)
    if source == "faceIds":
        for fid in _face_id_list(body, "faceIds", 1, 1000):
            _, face = get_face(req, fid, "faceIds")
            _same_model(fid, face, model, f"query face '{query_id}'")
            candidates.append(("faceId", fid, face["identity"]))
    elif source == "faceListId":
        rec = col.lookup(req, FACE_LIST, str(body["faceListId"]))
        _same_model(query_id, query, rec["recognitionModel"], f"face list '{rec['id']}'")
        candidates = [("persistedFaceId", f, v["identity"]) for f, v in rec["faces"].items()]
    else:
        rec = col.lookup(req, LARGE_FACE_LIST, str(body["largeFaceListId"]))
        _same_model(query_id, query, rec["recognitionModel"], f"large face list '{rec['id']}'")
        trained = col.require_trained(LARGE_FACE_LIST, rec)
        candidates = [("persistedFaceId", f, ident) for f, ident in trained.items() if f in rec["faces"]]
    query_identity, engine = query["identity"], req.engine

    def score() -> Response:  # outside the state lock: the candidates were copied out under it
        scored = []
        for key, cid, identity in candidates:
            conf = engine.compare(query_identity, identity, model)
            if mode == "matchPerson" and conf < SAME_PERSON_THRESHOLD:
                continue
            scored.append((conf, key, cid))
        scored.sort(key=lambda s: (-s[0], s[2]))
        return json_response([{key: cid, "confidence": conf} for conf, key, cid in scored[:max_n]])

    return Later(score)


def post_group(req: Request) -> Later:
    body = req.json()
    ids = _face_id_list(body, "faceIds", 1, 1000)
    model: Optional[str] = None
    identities: List[str] = []
    for fid in ids:
        _, face = get_face(req, fid, "faceIds")
        model = model or face["recognitionModel"]
        _same_model(fid, face, model or "", "the other faces")
        identities.append(face["identity"])
    engine = req.engine

    def cluster() -> Response:  # outside the state lock: comparing up to 1000 embeddings
        clusters: Dict[int, List[str]] = {}
        for fid, label in zip(ids, engine.cluster(identities)):
            clusters.setdefault(label, []).append(fid)
        groups = sorted((c for c in clusters.values() if len(c) > 1), key=len, reverse=True)
        messy = [c[0] for c in clusters.values() if len(c) == 1]
        return json_response({"groups": groups, "messyGroup": messy})

    return Later(cluster)


# --------------------------------------------------------------------------- identify / verify


_DIRECTORY = ("personIds", "dynamicPersonGroupId")  # identify/verify against the person directory


def _group_for(req: Request, body: Dict[str, Any], fields: Tuple[str, ...]) -> Tuple[col.Kind, Dict[str, Any]]:
    source = _exactly_one(body, fields)
    kind = LARGE_PERSON_GROUP if source == "largePersonGroupId" else PERSON_GROUP
    return kind, col.lookup(req, kind, str(body[source]))


def post_identify(req: Request) -> Later:
    body = req.json()
    ids = _face_id_list(body, "faceIds", 1, 10)
    if any(body.get(f) is not None for f in _DIRECTORY):
        _exactly_one(body, ("largePersonGroupId", "personGroupId") + _DIRECTORY)
        return _directory.identify(req, body, [get_face(req, fid, "faceIds") for fid in ids])
    kind, rec = _group_for(req, body, ("largePersonGroupId", "personGroupId"))
    max_n = get_int(body, "maxNumOfCandidatesReturned", 10, 1, 100)
    threshold = get_number(body, "confidenceThreshold", SAME_PERSON_THRESHOLD, 0.0, 1.0)
    faces = []
    for fid in ids:
        _, face = get_face(req, fid, "faceIds")
        _same_model(fid, face, rec["recognitionModel"], f"{kind.label.lower()} '{rec['id']}'")
        faces.append((fid, face))
    trained = col.require_trained(kind, rec)  # replaced on each training, never changed in place
    model = rec["recognitionModel"]
    persons = set(rec["persons"])
    engine = req.engine

    def score() -> Response:  # outside the state lock
        results = []
        for fid, face in faces:
            candidates: List[Dict[str, Any]] = []
            for pid, identities in trained.items():
                if pid not in persons or not identities:
                    continue
                conf = max(engine.compare(face["identity"], ident, model) for ident in identities)
                if conf >= (threshold or 0.0):
                    candidates.append({"personId": pid, "confidence": conf})
            candidates.sort(key=lambda c: (-c["confidence"], c["personId"]))
            results.append({"faceId": fid, "candidates": candidates[:max_n]})
        return json_response(results)

    return Later(score)


def post_verify(req: Request) -> Response:
    body = req.json()
    if body.get("faceId1") is not None or body.get("faceId2") is not None:
        id1, face1 = get_face(req, require(body, "faceId1"), "faceId1")
        id2, face2 = get_face(req, require(body, "faceId2"), "faceId2")
        _same_model(id2, face2, face1["recognitionModel"], f"face '{id1}'")
        conf = req.engine.compare(face1["identity"], face2["identity"], face1["recognitionModel"])
    else:
        if body.get("faceId") is None:
            raise bad_argument("Missing required field 'faceId1' (or 'faceId' with 'personId') in the request body.")
        fid, face = get_face(req, body["faceId"], "faceId")
        if body.get("largePersonGroupId") is None and body.get("personGroupId") is None:
            return _directory.verify(req, body, face)
        kind, rec = _group_for(req, body, ("largePersonGroupId", "personGroupId"))
        person = lookup_person(req, rec, require(body, "personId"))
        _same_model(fid, face, rec["recognitionModel"], f"{kind.label.lower()} '{rec['id']}'")
        identities = [rec["faces"][f]["identity"] for f in person["persistedFaceIds"] if f in rec["faces"]]
        conf = max(
            (req.engine.compare(face["identity"], ident, rec["recognitionModel"]) for ident in identities),
            default=0.0,
        )
    return json_response({"isIdentical": conf >= SAME_PERSON_THRESHOLD, "confidence": conf})


def register(router: Router) -> None:
    router.add("POST", "/detect", post_detect, prepare=prepare_detect)
    router.add("POST", "/findsimilars", post_find_similar)
    router.add("POST", "/group", post_group)
    router.add("POST", "/identify", post_identify)
    router.add("POST", "/verify", post_verify)
