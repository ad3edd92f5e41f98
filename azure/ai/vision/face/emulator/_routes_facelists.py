"""Routes for ``/largefacelists`` and ``/facelists``."""

from __future__ import annotations

from typing import Any, Dict, Optional

from . import _collections as col
from ._collections import FACE_LIST, LARGE_FACE_LIST
from ._common import add_persisted_face, face_view, prepare_persisted_face
from ._errors import FaceServiceError, not_found
from ._http import Request, Response, Router, empty_response, json_response
from ._util import FACE_USER_DATA_MAX, check_user_data, check_uuid, paginate


def _face(rec: Dict[str, Any], fid: str) -> Dict[str, Any]:
    fid = check_uuid(fid, "persistedFaceId")
    face: Optional[Dict[str, Any]] = rec["faces"].get(fid)
    if face is None:
        raise not_found("PersistedFaceNotFound", f"Persisted face '{fid}' is not found.")
    return face


def _room_for_a_face(req: Request, kind: col.Kind, cid: str) -> Dict[str, Any]:
    rec = col.lookup(req, kind, cid)
    if kind.max_faces is not None and len(rec["faces"]) >= kind.max_faces:
        raise FaceServiceError(403, "QuotaExceeded", f"{kind.label} '{cid}' already holds {kind.max_faces} faces.")
    return rec


def prepare_add_face(req: Request, kind: col.Kind, cid: str) -> None:
    """Outside the state lock: a first look for the list, then the image's download and detection."""
    with req.store.lock:
        _room_for_a_face(req, kind, cid)
    prepare_persisted_face(req)


def add_face(req: Request, kind: col.Kind, cid: str) -> Response:
    # Checked again under the lock: the list may have gone, or filled up, meanwhile.
    return json_response({"persistedFaceId": add_persisted_face(req, _room_for_a_face(req, kind, cid))})


def list_faces(req: Request, kind: col.Kind, cid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    start, top = req.paging()
    return json_response(paginate(rec["faces"].items(), start, top, face_view))


def get_face(req: Request, kind: col.Kind, cid: str, fid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    return json_response(face_view(_face(rec, fid)))


def update_face(req: Request, kind: col.Kind, cid: str, fid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    face = _face(rec, fid)
    body = req.json()
    if "userData" in body:
        face["userData"] = check_user_data(body.get("userData"), FACE_USER_DATA_MAX)
    return empty_response()


def delete_face(req: Request, kind: col.Kind, cid: str, fid: str) -> Response:
    rec = col.lookup(req, kind, cid)
    face = _face(rec, fid)
    del rec["faces"][face["persistedFaceId"]]
    return empty_response()


def register(router: Router) -> None:
    for kind in (LARGE_FACE_LIST, FACE_LIST):
        col.register_collection_routes(router, kind)
        base = "/" + kind.kind + "/{cid}/persistedfaces"
        router.add(
            "POST",
            base,
            lambda req, cid, k=kind: add_face(req, k, cid),
            prepare=lambda req, cid, k=kind: prepare_add_face(req, k, cid),
        )
        router.add("DELETE", base + "/{fid}", lambda req, cid, fid, k=kind: delete_face(req, k, cid, fid))
    base = "/largefacelists/{cid}/persistedfaces"
    k = LARGE_FACE_LIST
    router.add("GET", base, lambda req, cid: list_faces(req, k, cid))
    router.add("GET", base + "/{fid}", lambda req, cid, fid: get_face(req, k, cid, fid))
    router.add("PATCH", base + "/{fid}", lambda req, cid, fid: update_face(req, k, cid, fid))
