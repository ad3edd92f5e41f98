"""A small ``multipart/form-data`` reader for the liveness-with-verify create requests."""

from __future__ import annotations

import re
from typing import Dict, Mapping, Tuple

from ._errors import bad_argument

Part = Tuple[Dict[str, str], bytes]


def parse_multipart(content_type: str, body: bytes) -> Dict[str, Part]:
    """Split a multipart body into ``{name: (lower-cased part headers, content)}``.

    :param content_type: the request's Content-Type header (it names the boundary).
    :param body: the raw request body.
    :return: the parts by their form name; a repeated name keeps its last part.
    :raises FaceServiceError: 400 ``BadArgument`` when the header names no boundary.
    """
    m = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
    if not m:
        raise bad_argument("multipart/form-data request without a boundary.")
    delimiter = b"--" + m.group(1).encode("latin-1")
    parts: Dict[str, Part] = {}
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        if chunk.startswith(b"\r\n"):
            chunk = chunk[2:]
        if chunk.endswith(b"\r\n"):
            chunk = chunk[:-2]
        head, _, content = chunk.partition(b"\r\n\r\n")
        headers: Dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        dm = re.search(r'(?:^|;)\s*name="([^"]*)"', headers.get("content-disposition", ""))
        if dm:
            parts[dm.group(1)] = (headers, content)
    return parts


def has_filename(headers: Mapping[str, str]) -> bool:
    """Whether a part's Content-Disposition names a (non-empty) filename.

    :param headers: the part's lower-cased headers as :func:`parse_multipart` returns them.
    :return: True when a ``filename`` or ``filename*`` parameter with a value is present.
    """
    disposition = headers.get("content-disposition", "")
    return re.search(r';\s*filename\*?\s*=\s*(?:"[^"]+"|[^";\s]+)', disposition, re.IGNORECASE) is not None
