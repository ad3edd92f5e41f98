"""Generic create/read/update/delete/train logic shared by groups and face lists."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Dict, Optional

from ._common import face_view
from ._errors import FaceServiceError, not_found
from ._http import Request, Response, Router, empty_response, json_response
from ._util import (
    RECOGNITION_MODELS,
    check_collection_id,
    check_name,
    check_user_data,
    check_uuid,
    get_enum,
    iso,
    now,
    paginate,
)


@dataclass(frozen=True)
class Kind:
    kind: str  # store key and URL segment, e.g. "largepersongroups"
    id_field: str  # e.g. "largePersonGroupId"
    label: str  # e.g. "Large person group"
    code_prefix: str  # e.g. "LargePersonGroup" -> LargePersonGroupNotFound/Exists/NotTrained
    paged: bool = True
    trainable: bool = True
    max_faces: Optional[int] = None

    @property
    def not_found_code(self) -> str:
        return self.code_prefix + "NotFound"


LARGE_PERSON_GROUP = Kind(
    kind="largepersongroups",
    id_field="largePersonGroupId",
    label="Large person group",
    code_prefix="LargePersonGroup",
)
PERSON_GROUP = Kind(
    kind="persongroups",
    id_field="personGroupId",
    label="Person group",
    code_prefix="PersonGroup",
)
LARGE_FACE_LIST = Kind(
    kind="largefacelists",
    id_field="largeFaceListId",
    label="Large face list",
    code_prefix="LargeFaceList",
    max_faces=1_000_000,
)
FACE_LIST = Kind(
    kind="facelists",
    id_field="faceListId",
    label="Face list",
    code_prefix="FaceList",
    paged=False,
    trainable=False,
    max_faces=1000,
)
MAX_FACES_PER_PERSON = 248


def lookup(req: Request, kind: Kind, cid: str) -> Dict[str, Any]:
    check_collection_id(cid, kind.id_field)
    rec = req.store.collections[kind.kind].get(cid)
    if rec is None:
        raise not_found(kind.not_found_code, f"{kind.label} '{cid}' is not found.")
    return rec


def view(kind: Kind, rec: Dict[str, Any], with_model: bool) -> Dict[str, Any]:
    out: Dict[str, Any] = {kind.id_field: rec["id"], "name": rec["name"], "userData": rec.get("userData")}
    if with_model:
        out["recognitionModel"] = rec["recognitionModel"]
    return out


def create(req: Request, kind: Kind, cid: str) -> Response:
    check_collection_id(cid, kind.id_field)
    body = req.json()
    name = check_name(body, required=True)
    user_data = check_user_data(body.get("userData"))
    model = get_enum(body, "recognitionModel", RECOGNITION_MODELS, "recognition_01")
    store = req.store.collections[kind.kind]
    if cid in store:
        raise FaceServiceError(409, kind.code_prefix + "Exists", f"{kind.label} '{cid}' already exists.")
    store[cid] = {
        "id": cid,
        "name": name,
        "userData": user_data,
        "recognitionModel": model,
        "createdDateTime": now(),
        "persons": {},
        "faces": {},
        "training": None,
        "trained": None,
    }
    return empty_response()


def get(req: Request, kind: Kind, cid: str) -> Response:
    rec = lookup(req, kind, cid)
    out = view(kind, rec, req.query_bool("returnRecognitionModel", False))
    if kind.kind == "facelists":
        out["persistedFaces"] = [face_view(f) for f in rec["faces"].values()]
    return json_response(out)


def list_all(req: Request, kind: Kind) -> Response:
    with_model = req.query_bool("returnRecognitionModel", False)
    if kind.paged:
        start, top = req.paging()
    else:
        start, top = None, 1_000_000
    rows = req.store.collections[kind.kind].items()
    return json_response(paginate(rows, start, top, lambda rec: view(kind, rec, with_model)))


def update(req: Request, kind: Kind, cid: str) -> Response:
    rec = lookup(req, kind, cid)
    body = req.json()
    name = check_name(body, required=False)
    if name is not None:
        rec["name"] = name
    if "userData" in body:
        rec["userData"] = check_user_data(body.get("userData"))
    return empty_response()


def delete(req: Request, kind: Kind, cid: str) -> Response:
    lookup(req, kind, cid)
    del req.store.collections[kind.kind][cid]
    return empty_response()


def lookup_person(req: Request, rec: Dict[str, Any], pid: str) -> Dict[str, Any]:
    pid = check_uuid(pid, "personId")
    person: Optional[Dict[str, Any]] = rec["persons"].get(pid)
    if person is None:
        raise not_found("PersonNotFound", f"Person '{pid}' is not found.")
    return person


def poll_hint(op: Dict[str, Any]) -> Dict[str, str]:
    """A Retry-After header telling a poller when an unfinished operation is worth asking about again.

    Whole seconds in the standard ``Retry-After`` while a second or more is left; below that ``retry-after-ms``
    (which azure-core honours too), so short emulated trainings are not polled a whole second late. Finished
    operations carry none.
    """
    if op["status"] in ("succeeded", "failed"):
        return {}
    left = max(op["_deadline"] - now(), 0.0)
    if left >= 1:
        return {"Retry-After": str(math.ceil(left))}
    return {"retry-after-ms": str(int(left * 1000) + 10)}


_HOST_RE = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$")


def operation_location(req: Request, op_id: str) -> str:
    """The operation's URL, on the host the client called when its ``Host`` header is a plain host[:port]."""
    host = req.header("host")
    if not _HOST_RE.match(host):
        emu = req.emulator
        host = f"[{emu.host}]:{emu.port}" if ":" in emu.host else f"{emu.host}:{emu.port}"
    return f"http://{host}/face/{req.version}/operations/{op_id}"


def train(req: Request, kind: Kind, cid: str) -> Response:
    lookup(req, kind, cid)
    op = req.store.start_training(kind.kind, cid, req.emulator.training_seconds)
    headers = {"operation-Location": operation_location(req, op["operationId"]), **poll_hint(op)}
    return empty_response(202, headers)


def training_view(training: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "status": training["status"],
        "createdDateTime": iso(training["createdDateTime"]),
        "lastActionDateTime": iso(training["lastActionDateTime"]),
        "lastSuccessfulTrainingDateTime": iso(training.get("lastSuccessfulTrainingDateTime")),
        "message": training.get("message"),
    }


def training_status(req: Request, kind: Kind, cid: str) -> Response:
    rec = lookup(req, kind, cid)
    if not rec.get("training"):
        raise not_found(kind.code_prefix + "NotTrained", f"{kind.label} '{cid}' is not trained.")
    return json_response(training_view(rec["training"]))


def require_trained(kind: Kind, rec: Dict[str, Any]) -> Dict[str, Any]:
    trained: Optional[Dict[str, Any]] = rec.get("trained")
    if trained is None:
        raise FaceServiceError(400, kind.code_prefix + "NotTrained", f"{kind.label} '{rec['id']}' is not trained.")
    return trained


def register_collection_routes(router: Router, kind: Kind) -> None:
    base = "/" + kind.kind
    router.add("GET", base, lambda req: list_all(req, kind))
    router.add("PUT", base + "/{cid}", lambda req, cid: create(req, kind, cid))
    router.add("GET", base + "/{cid}", lambda req, cid: get(req, kind, cid))
    router.add("PATCH", base + "/{cid}", lambda req, cid: update(req, kind, cid))
    router.add("DELETE", base + "/{cid}", lambda req, cid: delete(req, kind, cid))
    if kind.trainable:
        router.add("POST", base + "/{cid}/train", lambda req, cid: train(req, kind, cid))
        router.add("GET", base + "/{cid}/training", lambda req, cid: training_status(req, kind, cid))

