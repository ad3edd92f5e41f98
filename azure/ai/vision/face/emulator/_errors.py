"""The single place that defines the Face service error shape.

Every failing emulator response carries ``{"error": {"code": ..., "message": ...}}``
plus an ``x-ms-error-code`` header with the same code.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional


def error_document(code: str, message: str) -> Dict[str, Any]:
    """Wire body of a Face service error."""
    return {"error": {"code": str(code), "message": str(message)}}


class FaceServiceError(Exception):
    """Raised by route handlers; the HTTP layer turns it into an error response."""

    def __init__(self, status: int, code: str, message: str, headers: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers: Dict[str, str] = dict(headers or {})

    def document(self) -> Dict[str, Any]:
        return error_document(self.code, self.message)


def bad_argument(message: str) -> FaceServiceError:
    return FaceServiceError(400, "BadArgument", message)


def not_found(code: str, message: str) -> FaceServiceError:
    return FaceServiceError(404, code, message)


def invalid_image(message: str = "Decoding error, image format unsupported.") -> FaceServiceError:
    return FaceServiceError(400, "InvalidImage", message)


def invalid_image_size(message: str) -> FaceServiceError:
    return FaceServiceError(400, "InvalidImageSize", message)


def resource_not_found() -> FaceServiceError:
    return FaceServiceError(404, "404", "Resource not found")


def unauthorized(message: str) -> FaceServiceError:
    return FaceServiceError(401, "401", message)


MSG_MISSING_KEY = (
    "Access denied due to missing subscription key. Make sure to include subscription key "
    "when making requests to an API."
)
MSG_INVALID_KEY = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide "
    "a valid key for an active subscription and use a correct regional API endpoint for your resource."
)
MSG_INVALID_TOKEN = "Access denied due to invalid or expired bearer token."
