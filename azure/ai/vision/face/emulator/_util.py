"""Small helpers shared by the emulator's route modules."""

from __future__ import annotations

import heapq
import re
import time
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar

from ._errors import bad_argument

T = TypeVar("T")

COLLECTION_ID_RE = re.compile(r"^[a-z0-9\-_]{1,64}$")
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

DETECTION_MODELS = ("detection_01", "detection_02", "detection_03")
RECOGNITION_MODELS = ("recognition_01", "recognition_02", "recognition_03", "recognition_04")

NAME_MAX = 128
USER_DATA_MAX = 16384
FACE_USER_DATA_MAX = 1024


def iso(ts: Optional[float]) -> Optional[str]:
    """RFC 3339 UTC timestamp with milliseconds, e.g. ``2024-03-05T11:07:58.371Z``."""
    if ts is None:
        return None
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def now() -> float:
    return time.time()


def new_id() -> str:
    return str(uuid.uuid4())


def check_collection_id(value: str, field: str) -> str:
    if not COLLECTION_ID_RE.match(value or ""):
        raise bad_argument(
            f"Invalid {field}: it must be 1 to 64 characters of lower-case letters, digits, '-' or '_'."
        )
    return value


def check_uuid(value: Any, field: str) -> str:
    if not isinstance(value, str) or not UUID_RE.match(value):
        raise bad_argument(f"Invalid {field}: '{value}' is not a valid GUID.")
    return value.lower()


def check_name(body: Mapping[str, Any], required: bool) -> Optional[str]:
    if "name" not in body or body["name"] is None:
        if required:
            raise bad_argument("Missing required field 'name' in the request body.")
        return None
    name = body["name"]
    if not isinstance(name, str) or not name:
        raise bad_argument("Field 'name' must be a non-empty string.")
    if len(name) > NAME_MAX:
        raise bad_argument(f"Field 'name' exceeds the maximum length of {NAME_MAX}.")
    return name


def check_user_data(value: Any, limit: int = USER_DATA_MAX, field: str = "userData") -> Optional[str]:
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_argument(f"Field '{field}' must be a string.")
    if len(value) > limit:
        raise bad_argument(f"Field '{field}' exceeds the maximum length of {limit}.")
    return value


def require(body: Mapping[str, Any], field: str) -> Any:
    if field not in body or body[field] is None:
        raise bad_argument(f"Missing required field '{field}' in the request body.")
    return body[field]


def get_int(body: Mapping[str, Any], field: str, default: Optional[int], lo: int, hi: int) -> Optional[int]:
    value = body.get(field)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad_argument(f"Field '{field}' must be an integer.")
    if not lo <= value <= hi:
        raise bad_argument(f"Field '{field}' must be between {lo} and {hi}.")
    return int(value)


def get_number(body: Mapping[str, Any], field: str, default: Optional[float], lo: float, hi: float) -> Optional[float]:
    value = body.get(field)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise bad_argument(f"Field '{field}' must be a number.")
    if not lo <= value <= hi:
        raise bad_argument(f"Field '{field}' must be between {lo} and {hi}.")
    return float(value)


def get_bool(body: Mapping[str, Any], field: str, default: bool) -> bool:
    value = body.get(field)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise bad_argument(f"Field '{field}' must be a boolean.")
    return value


def get_str(body: Mapping[str, Any], field: str, default: Optional[str] = None) -> Optional[str]:
    value = body.get(field)
    if value is None:
        return default
    if not isinstance(value, str):
        raise bad_argument(f"Field '{field}' must be a string.")
    return value


def get_enum(body: Mapping[str, Any], field: str, allowed: Sequence[str], default: Optional[str]) -> Optional[str]:
    value = body.get(field)
    if value is None:
        return default
    if value not in allowed:
        raise bad_argument(f"Invalid value '{value}' for field '{field}'; allowed: {', '.join(allowed)}.")
    return str(value)


def paginate(
    items: Iterable[Tuple[str, Any]], start: Optional[str], top: int, view: Optional[Callable[[Any], T]] = None
) -> List[T]:
    """Items (key, value) sorted by key; keep keys > start; at most ``top``; ``view`` applied to those only.

    Picks the ``top`` smallest keys without sorting everything, so a page of a large group stays cheap.
    """
    chosen = heapq.nsmallest(top, (kv for kv in items if not start or kv[0] > start), key=lambda kv: kv[0])
    return [view(v) if view is not None else v for _, v in chosen]


def prune_none(d: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}
