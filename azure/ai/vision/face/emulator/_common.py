"""Shared pieces of the route modules: image intake, detection, persisted faces."""

from __future__ import annotations

import base64
import hashlib
import binascii
import ipaddress
import urllib.error
import urllib.request
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from ._engine import DetectedFace
from ._errors import FaceServiceError, bad_argument, invalid_image, invalid_image_size, not_found
from ._http import Request
from ._util import FACE_USER_DATA_MAX, check_user_data, new_id
from .images import image_info

MIN_IMAGE_BYTES = 1024
MAX_IMAGE_BYTES = 6 * 1024 * 1024
MIN_DIMENSION = 36
MAX_DIMENSION = 4096
URL_TIMEOUT = 5.0

# Attributes each detection model can return (qualityForRecognition is checked separately).
ATTRIBUTES_BY_DETECTION_MODEL = {
    "detection_01": {
        "accessories", "blur", "exposure", "glasses", "headPose", "noise", "occlusion",
        "age", "smile", "facialHair", "hair", "qualityForRecognition",
    },
    "detection_02": set(),
    "detection_03": {"blur", "headPose", "mask", "qualityForRecognition"},
}
ALL_ATTRIBUTES = (
    "headPose", "glasses", "occlusion", "accessories", "blur", "exposure", "noise", "mask",
    "qualityForRecognition", "age", "smile", "facialHair", "hair",
)


def validate_image(data: bytes) -> Tuple[str, int, int]:
    """Apply the service's image rules; returns (format, width, height)."""
    if len(data) == 0:
        raise invalid_image_size("Image size is too small: the request body is empty.")
    if len(data) < MIN_IMAGE_BYTES:
        raise invalid_image_size("Image size is too small: the minimum is 1 KB.")
    if len(data) > MAX_IMAGE_BYTES:
        raise invalid_image_size("Image size is too big: the maximum is 6 MB.")
    info = image_info(data)
    if info is None:
        raise invalid_image("Decoding error, image format unsupported. Supported formats: JPEG, PNG, GIF, BMP.")
    fmt, width, height = info
    if width == 0 or height == 0:
        raise invalid_image("Decoding error: the image header is incomplete.")
    if not (MIN_DIMENSION <= width <= MAX_DIMENSION and MIN_DIMENSION <= height <= MAX_DIMENSION):
        raise invalid_image_size(
            f"Image dimensions {width}x{height} are out of range: each side must be between "
            f"{MIN_DIMENSION} and {MAX_DIMENSION} pixels."
        )
    return fmt, width, height


def _invalid_url(message: str) -> FaceServiceError:
    return FaceServiceError(400, "InvalidURL", message)


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_reachable(url: str) -> None:
    """Refuse URLs an offline emulator must not fetch (anything but http(s) on a loopback host)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not _is_loopback(parts.hostname):
        raise _invalid_url(_UNREACHABLE.format(url=url))


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to a target the emulator may fetch (every hop is checked)."""

    max_redirections = 5

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        _check_reachable(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _CheckedRedirects())


def fetch_url(req: Request, url: Any) -> bytes:
    """Bytes behind an image URL, within what an offline emulator can reach.

    Downloads happen without the state lock: call this from a route's ``prepare`` step.
    """
    if not isinstance(url, str) or not url.strip():
        raise bad_argument("Field 'url' must be a non-empty string.")
    url = url.strip()
    if url[:5].lower() == "data:":
        header, sep, payload = url[5:].partition(",")
        if not sep:
            raise _invalid_url("Malformed data: URL.")
        if header.lower().endswith(";base64"):
            try:
                return base64.b64decode(unquote(payload), validate=False)
            except (binascii.Error, ValueError):
                raise _invalid_url("Malformed base64 payload in data: URL.")
        return unquote_to_bytes(payload)
    _check_reachable(url)
    parts = urlsplit(url)
    emu = req.emulator
    own_port = parts.port == emu.port and parts.scheme.lower() == "http"
    if own_port and unquote(parts.path).startswith("/_emulator/blobs/"):
        name = unquote(parts.path)[len("/_emulator/blobs/") :]
        with req.store.lock:
            data: Optional[bytes] = req.store.blobs.get(name)
        if data is None:
            raise _invalid_url(f"Failed to download the image: emulator blob '{name}' does not exist.")
        return data
    try:
        with _OPENER.open(url, timeout=URL_TIMEOUT) as resp:
            downloaded: bytes = resp.read(MAX_IMAGE_BYTES + 1)
            return downloaded
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise _invalid_url(f"Failed to download the image from '{url}': {exc}.")


_UNREACHABLE = (
    "The emulator cannot download '{url}'. Supported image URLs: data: URLs, http(s) URLs on a loopback "
    "host, and emulator blobs uploaded with PUT /_emulator/blobs/{{name}} (served at GET /_emulator/blobs/{{name}})."
)


def load_image(req: Request, *, allow_session_image: bool = False) -> bytes:
    """Image bytes of a detect/add-face request: binary body, {"url"} or {"sessionImageId"}."""
    if not req.looks_like_json():
        return req.body
    body = req.json()
    if "url" in body:
        return fetch_url(req, body["url"])
    if allow_session_image and "sessionImageId" in body:
        sid = body["sessionImageId"]
        if not isinstance(sid, str):
            raise bad_argument("Field 'sessionImageId' must be a string.")
        with req.store.lock:
            data = req.store.session_images.get(sid.lower()) or req.store.session_images.get(sid)
        if data is None:
            raise not_found("SessionImageNotFound", f"Session image '{sid}' is not found.")
        return data
    raise bad_argument("Missing required field 'url' in the request body.")


def detect(req: Request, data: bytes, detection_model: str = "detection_01") -> List[DetectedFace]:
    """The faces of an image after the service's image checks; a malformed annotation is a 400.

    Call it from a route's ``prepare`` step: the real engine takes a while and must not hold the state lock.
    """
    validate_image(data)
    try:
        return req.engine.detect_for_model(data, detection_model)
    except (ValueError, OverflowError) as exc:  # e.g. a rectangle of Infinity or 1e400 in the annotation
        raise invalid_image(f"Decoding error: the image's face annotation is malformed ({exc}).")


def describe_verify_image(req: Request, image: bytes) -> Dict[str, Any]:
    """What a liveness-with-verify session keeps of its verify image: the one face's identity, rectangle and quality,
    and the image's SHA-256 (lower-case hex). Call it from a route's ``prepare`` step (it detects)."""
    faces = detect(req, image)
    if not faces:
        raise invalid_image("No face detected in the verify image.")
    if len(faces) > 1:
        raise invalid_image("The verify image must contain exactly one face.")
    return {
        "identity": faces[0].identity,
        "faceRectangle": faces[0].face_rectangle,
        "qualityForRecognition": faces[0].quality,
        "sha256": hashlib.sha256(image).hexdigest(),
    }


def parse_target_face(value: Optional[str]) -> Optional[Tuple[int, int, int, int]]:
    if value is None or value == "":
        return None
    try:
        numbers = [int(v) for v in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0 or numbers[0] < 0 or numbers[1] < 0:
        raise bad_argument("Invalid 'targetFace': expected 'left,top,width,height' with positive width and height.")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def single_face(req: Request, data: bytes, detection_model: str) -> DetectedFace:
    """The one face to persist (honouring ``targetFace``)."""
    _, width, height = validate_image(data)
    target = parse_target_face(req.query("targetFace"))
    faces = detect(req, data, detection_model)
    if target is not None:
        left, top, w, h = target
        if left + w > width or top + h > height:
            raise bad_argument("Invalid 'targetFace': the rectangle lies outside the image.")

        def inside(f: DetectedFace) -> bool:
            r = f.face_rectangle
            cx, cy = r["left"] + r["width"] / 2, r["top"] + r["height"] / 2
            return left <= cx <= left + w and top <= cy <= top + h

        faces = [f for f in faces if inside(f)]
    if not faces:
        raise invalid_image("There is no face detected in the image or in the specified targetFace area.")
    if len(faces) > 1:
        raise invalid_image("There is more than 1 face in the image or in the specified targetFace area.")
    return faces[0]


def prepare_persisted_face(req: Request, *args: Any, **kwargs: Any) -> None:
    """The ``prepare`` step of every "add face" route: checks, download and detection, outside the lock."""
    detection_model = req.query_enum("detectionModel", ("detection_01", "detection_02", "detection_03"), "detection_01")
    user_data = check_user_data(req.query("userData"), FACE_USER_DATA_MAX)
    data = load_image(req)
    req.prepared["persisted_face"] = (single_face(req, data, detection_model), detection_model, user_data)


def add_persisted_face(req: Request, record: Dict[str, Any], person: Optional[Dict[str, Any]] = None) -> str:
    """Shared implementation of every "add face" route (after :func:`prepare_persisted_face`)."""
    if "persisted_face" not in req.prepared:
        prepare_persisted_face(req)
    face, detection_model, user_data = req.prepared["persisted_face"]
    pfid = new_id()
    record["faces"][pfid] = {
        "persistedFaceId": pfid,
        "userData": user_data,
        "identity": face.identity,
        "faceRectangle": face.face_rectangle,
        "detectionModel": detection_model,
        "personId": person["personId"] if person else None,
    }
    if person is not None:
        person["persistedFaceIds"].append(pfid)
    return pfid


def face_view(face: Dict[str, Any]) -> Dict[str, Any]:
    return {"persistedFaceId": face["persistedFaceId"], "userData": face.get("userData")}
