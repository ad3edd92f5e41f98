"""Helpers shared by the FaceSessionClient tests."""
import email.parser
import email.policy
import json
import uuid
from typing import Any, Dict, List, Tuple

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests._flavours import run  # noqa: F401  (re-exported for the tests of this folder)

VERIFY_IMAGE = make_face_image([FaceSpec("alice")])
LIVENESS_ROUTE = "/detectLiveness/singleModal/sessions"
VERIFY_ROUTE = "/detectLivenessWithVerify/singleModal/sessions"




async def collect(chunks: Any) -> bytes:
    """Join the chunks of a streamed download, sync or async."""
    if hasattr(chunks, "__aiter__"):
        return b"".join([chunk async for chunk in chunks])
    return b"".join(chunks)


def options(**extra: Any) -> Dict[str, Any]:
    """Valid session options keyed by wire names."""
    return {"livenessOperationMode": "Passive", "deviceCorrelationId": str(uuid.uuid4()), **extra}


def headers_of(request: Tuple[str, str, Dict[str, str], bytes]) -> Dict[str, str]:
    return {key.lower(): value for key, value in request[2].items()}


def last_request(emulator: Any, method: str, route: str) -> Tuple[str, str, Dict[str, str], bytes]:
    return [r for r in emulator.requests if r[0] == method and r[1].split("?")[0].endswith(route)][-1]


def multipart_parts(request: Tuple[str, str, Dict[str, str], bytes]) -> List[Any]:
    """The parts of a recorded multipart/form-data request, parsed by the standard library."""
    head = "Content-Type: {}\r\n\r\n".format(headers_of(request)["content-type"]).encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request[3])
    assert message.is_multipart()
    return list(message.iter_parts())


def sent_options(request: Tuple[str, str, Dict[str, str], bytes]) -> Dict[str, Any]:
    """The session options a recorded create request carried (JSON body or ``Parameters`` part)."""
    if headers_of(request)["content-type"].startswith("multipart/form-data"):
        part = [p for p in multipart_parts(request) if p.get_param("name", header="content-disposition") == "Parameters"]
        return json.loads(part[0].get_payload(decode=True))
    return json.loads(request[3])
