"""Route for ``/operations/{operationId}`` (long-running training operations; not in the GA API v1.2)."""

from __future__ import annotations

from typing import Any, Dict

from ._collections import api_url, poll_hint
from ._errors import not_found
from ._http import V1_0, V1_1_PREVIEW_1, V1_2_PREVIEW_1, Request, Response, Router, json_response
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
    view = operation_view(op)
    resource = op.get("_effect", {}).get("resource")
    if resource and op["status"] == "succeeded":  # where what a person directory operation made can be read
        view["resourceLocation"] = api_url(req) + resource
    return json_response(view, headers=poll_hint(op))


def register(router: Router) -> None:
    router.add("GET", "/operations/{op_id}", get_operation, (V1_0, V1_1_PREVIEW_1, V1_2_PREVIEW_1))
