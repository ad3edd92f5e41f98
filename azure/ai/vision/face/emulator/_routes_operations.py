"""Route for ``/operations/{operationId}`` (long-running training operations)."""

from __future__ import annotations

import math
from typing import Any, Dict

from ._errors import not_found
from ._server import Request, Response, Router, json_response
from ._util import check_uuid, iso, now


def operation_view(op: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "operationId": op["operationId"],
        "status": op["status"],
        "createdTime": iso(op["createdTime"]),
        "lastActionTime": iso(op.get("lastActionTime")),
        "finishedTime": iso(op.get("finishedTime")),
        "message": op.get("message"),
    }


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


def get_operation(req: Request, op_id: str) -> Response:
    op_id = check_uuid(op_id, "operationId")
    op = req.store.operations.get(op_id)
    if op is None:
        raise not_found("OperationNotFound", f"Operation '{op_id}' is not found.")
    return json_response(operation_view(op), headers=poll_hint(op))


def register(router: Router) -> None:
    router.add("GET", "/operations/{op_id}", get_operation)
