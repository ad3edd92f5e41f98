"""Route for ``/operations/{operationId}`` (long-running training operations)."""

from __future__ import annotations

from typing import Any, Dict

from ._collections import poll_hint
from ._errors import not_found
from ._http import Request, Response, Router, json_response
from ._util import check_uuid, iso


def operation_view(op: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "operationId": op["operationId"],
        "status": op["status"],
        "createdTime": iso(op["createdTime"]),
        "lastActionTime": iso(op.get("lastActionTime")),
        "finishedTime": iso(op.get("finishedTime")),
        "message": op.get("message"),
    }


def get_operation(req: Request, op_id: str) -> Response:
    op_id = check_uuid(op_id, "operationId")
    op = req.store.operations.get(op_id)
    if op is None:
        raise not_found("OperationNotFound", f"Operation '{op_id}' is not found.")
    return json_response(operation_view(op), headers=poll_hint(op))


def register(router: Router) -> None:
    router.add("GET", "/operations/{op_id}", get_operation)
