"""Annotated test images for the Face emulator.

The emulator does not look at pixels.  Instead every image made here carries a
small JSON *annotation* that tells the emulator's default engine which faces
the picture "contains".  The files are nevertheless real, decodable images
(PNG, baseline JPEG, GIF89a or 24-bit BMP) with a simple drawing of the faces,
so a human opening them sees coloured boxes where the faces are.

Annotation format
-----------------
The annotation is the UTF-8 (ASCII-escaped) JSON document::

    {"format": "azure-face-emulator/1",
     "faces": [{"identity": "alice",
                "faceRectangle": {"top": 40, "left": 40, "width": 120, "height": 120},
                "qualityForRecognition": "high",
                "faceLandmarks": {...},      # optional, wire-shaped
                "faceAttributes": {...}}]}   # optional, wire-shaped overrides

It is stored under the keyword ``AzureFaceEmulator``:

* PNG  - a ``tEXt`` chunk (``iTXt`` without compression is also read);
* JPEG - a ``COM`` segment whose payload is ``AzureFaceEmulator\\0<json>``;
* GIF  - a comment extension whose text is ``AzureFaceEmulator\\0<json>``;
* BMP  - ``AzureFaceEmulator\\0<json>`` appended after the pixel array.

Any other file in which the byte string ``AzureFaceEmulator\\0`` is followed by
such a JSON document is read too (see :func:`read_annotation`), which makes it
easy to annotate your own photos with :func:`annotate_image`.

Faces with the same ``identity`` are "the same person" for verify, identify,
find-similar and group.  An image without an annotation contains no face.
"""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = [
    "FaceSpec",
    "make_face_image",
    "annotate_image",
    "read_annotation",
    "image_info",
    "default_landmarks",
    "default_attributes",
    "ANNOTATION_KEYWORD",
    "ANNOTATION_FORMAT",
]

ANNOTATION_KEYWORD = "AzureFaceEmulator"
ANNOTATION_FORMAT = "azure-face-emulator/1"
_MARKER = ANNOTATION_KEYWORD.encode("ascii") + b"\x00"
_MIN_FILE_SIZE = 1024

# Relative positions (fraction of width, fraction of height) of the 27 landmarks
# inside a face rectangle.  "Left" is the left side of the picture.
_LANDMARK_LAYOUT: Tuple[Tuple[str, float, float], ...] = (
    ("pupilLeft", 0.30, 0.38),
    ("pupilRight", 0.70, 0.38),
    ("noseTip", 0.50, 0.60),
    ("mouthLeft", 0.33, 0.78),
    ("mouthRight", 0.67, 0.78),
    ("eyebrowLeftOuter", 0.15, 0.28),
    ("eyebrowLeftInner", 0.42, 0.27),
    ("eyeLeftOuter", 0.20, 0.39),
    ("eyeLeftTop", 0.30, 0.35),
    ("eyeLeftBottom", 0.30, 0.41),
    ("eyeLeftInner", 0.40, 0.39),
    ("eyebrowRightInner", 0.58, 0.27),
    ("eyebrowRightOuter", 0.85, 0.28),
    ("eyeRightInner", 0.60, 0.39),
    ("eyeRightTop", 0.70, 0.35),
    ("eyeRightBottom", 0.70, 0.41),
    ("eyeRightOuter", 0.80, 0.39),
    ("noseRootLeft", 0.45, 0.40),
    ("noseRootRight", 0.55, 0.40),
    ("noseLeftAlarTop", 0.43, 0.52),
    ("noseRightAlarTop", 0.57, 0.52),
    ("noseLeftAlarOutTip", 0.40, 0.58),
    ("noseRightAlarOutTip", 0.60, 0.58),
    ("upperLipTop", 0.50, 0.72),
    ("upperLipBottom", 0.50, 0.75),
    ("underLipTop", 0.50, 0.80),
    ("underLipBottom", 0.50, 0.84),
)


def _identity_rng(identity: str, salt: str = "") -> random.Random:
    digest = hashlib.sha256((salt + "\x00" + identity).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def default_landmarks(rectangle: Dict[str, int]) -> Dict[str, Dict[str, float]]:
    """Landmarks placed at fixed proportions of a face rectangle (wire shape)."""
    left, top = rectangle["left"], rectangle["top"]
    width, height = rectangle["width"], rectangle["height"]
    return {
        name: {"x": round(left + fx * width, 1), "y": round(top + fy * height, 1)}
        for name, fx, fy in _LANDMARK_LAYOUT
    }


def default_attributes(identity: str, quality: str = "high") -> Dict[str, Any]:
    """Deterministic, plausible face attributes for ``identity`` (wire shape)."""
    rng = _identity_rng(identity, "attributes")
    glasses = rng.choice(["noGlasses", "noGlasses", "noGlasses", "readingGlasses"])
    accessories: List[Dict[str, Any]] = []
    if glasses != "noGlasses":
        accessories.append({"type": "glasses", "confidence": 0.99})
    hair_colors = ["brown", "black", "blond", "red", "gray", "white", "other", "unknown"]
    rng.shuffle(hair_colors)
    hair_conf = sorted((round(rng.random(), 2) for _ in hair_colors), reverse=True)
    return {
        "headPose": {
            "pitch": round(rng.uniform(-10, 10), 1),
            "roll": round(rng.uniform(-10, 10), 1),
            "yaw": round(rng.uniform(-15, 15), 1),
        },
        "glasses": glasses,
        "occlusion": {"foreheadOccluded": False, "eyeOccluded": False, "mouthOccluded": False},
        "accessories": accessories,
        "blur": {"blurLevel": "low", "value": round(rng.uniform(0.0, 0.24), 2)},
        "exposure": {"exposureLevel": "goodExposure", "value": round(rng.uniform(0.3, 0.7), 2)},
        "noise": {"noiseLevel": "low", "value": round(rng.uniform(0.0, 0.29), 2)},
        "mask": {"type": "noMask", "noseAndMouthCovered": False},
        "age": float(rng.randint(18, 75)),
        "smile": round(rng.random(), 3),
        "facialHair": {
            "moustache": round(rng.random() * 0.5, 1),
            "beard": round(rng.random() * 0.5, 1),
            "sideburns": round(rng.random() * 0.5, 1),
        },
        "hair": {
            "bald": round(rng.random() * 0.3, 2),
            "invisible": False,
            "hairColor": [{"color": c, "confidence": v} for c, v in zip(hair_colors, hair_conf)],
        },
        "qualityForRecognition": quality,
    }


@dataclass(init=False)
class FaceSpec:
    """One face to draw into (and announce in) a generated image.

    ``identity`` names the person; all faces sharing an identity match each
    other.  The rectangle is in pixels.  ``landmarks`` and ``attributes`` are
    optional wire-shaped overrides (``faceLandmarks`` / ``faceAttributes`` as
    returned by detect); when omitted the emulator derives them from the
    rectangle and from the identity.  ``quality`` is the reported
    ``qualityForRecognition`` (``"low"``, ``"medium"`` or ``"high"``).
    """

    identity: str
    top: int = 40
    left: int = 40
    width: int = 120
    height: int = 120
    landmarks: Optional[Dict[str, Any]] = None
    attributes: Optional[Dict[str, Any]] = None
    quality: str = "high"

    def __init__(
        self,
        identity: str,
        top: int = 40,
        left: int = 40,
        width: int = 120,
        height: int = 120,
        *,
        landmarks: Optional[Dict[str, Any]] = None,
        attributes: Optional[Dict[str, Any]] = None,
        quality: str = "high",
    ) -> None:
        self.identity = identity
        self.top, self.left, self.width, self.height = top, left, width, height
        self.landmarks = landmarks
        self.attributes = attributes
        self.quality = quality

    @property
    def rectangle(self) -> Dict[str, int]:
        return {"top": int(self.top), "left": int(self.left), "width": int(self.width), "height": int(self.height)}

    def to_annotation(self) -> Dict[str, Any]:
        entry: Dict[str, Any] = {
            "identity": self.identity,
            "faceRectangle": self.rectangle,
            "qualityForRecognition": self.quality,
        }
        if self.landmarks is not None:
            entry["faceLandmarks"] = self.landmarks
        if self.attributes is not None:
            entry["faceAttributes"] = self.attributes
        return entry


def _annotation_payload(faces: Sequence[FaceSpec]) -> bytes:
    doc = {"format": ANNOTATION_FORMAT, "faces": [f.to_annotation() for f in faces]}
    return _MARKER + json.dumps(doc, separators=(",", ":"), ensure_ascii=True).encode("ascii")


# --------------------------------------------------------------------------- drawing


def _face_color(identity: str) -> Tuple[int, int, int]:
    rng = _identity_rng(identity, "color")
    return (rng.randint(170, 240), rng.randint(120, 190), rng.randint(90, 150))


def _render(width: int, height: int, faces: Sequence[FaceSpec]) -> List[bytearray]:
    """Render RGB rows: a soft gradient background with one box per face."""
    red = bytes((40 + (x * 150) // max(width, 1)) & 0xFF for x in range(width))
    blue = bytes((190 - (x * 120) // max(width, 1)) & 0xFF for x in range(width))
    rows: List[bytearray] = []
    for y in range(height):
        row = bytearray(width * 3)
        row[0::3] = red
        row[1::3] = bytes([(60 + (y * 140) // max(height, 1)) & 0xFF]) * width
        row[2::3] = blue
        # A faint deterministic texture so the file is not trivially compressible.
        if y % 4 == 0:
            for x in range((y * 7) % 13, width, 13):
                row[x * 3 + 1] ^= 0x1F
        rows.append(row)

    def fill(x0: int, y0: int, x1: int, y1: int, color: Tuple[int, int, int]) -> None:
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(width, x1), min(height, y1)
        if x0 >= x1 or y0 >= y1:
            return
        span = bytes(color) * (x1 - x0)
        for yy in range(y0, y1):
            rows[yy][x0 * 3 : x1 * 3] = span

    for face in faces:
        l, t, w, h = int(face.left), int(face.top), int(face.width), int(face.height)
        skin = _face_color(face.identity)
        dark = (40, 30, 30)
        fill(l, t, l + w, t + h, dark)  # outline
        border = max(1, min(w, h) // 30)
        fill(l + border, t + border, l + w - border, t + h - border, skin)
        marks = face.landmarks or default_landmarks(face.rectangle)
        eye = max(2, w // 12)
        for key in ("pupilLeft", "pupilRight"):
            p = marks.get(key)
            if isinstance(p, dict):
                cx, cy = int(p.get("x", 0)), int(p.get("y", 0))
                fill(cx - eye // 2, cy - eye // 2, cx + eye // 2 + 1, cy + eye // 2 + 1, dark)
        ml, mr = marks.get("mouthLeft"), marks.get("mouthRight")
        if isinstance(ml, dict) and isinstance(mr, dict):
            my = int(ml.get("y", 0))
            fill(int(ml.get("x", 0)), my - max(1, h // 40), int(mr.get("x", 0)), my + max(1, h // 40) + 1, (150, 40, 50))
    return rows


# --------------------------------------------------------------------------- encoders


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _encode_png(width: int, height: int, rows: List[bytearray], payload: bytes) -> bytes:
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    parts = [
        b"\x89PNG\r\n\x1a\n",
        _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        _png_chunk(b"tEXt", payload),
        _png_chunk(b"IDAT", zlib.compress(raw, 6)),
    ]
    size = sum(len(p) for p in parts) + 12
    if size < _MIN_FILE_SIZE:
        filler = b"Comment\x00" + b"." * (_MIN_FILE_SIZE - size)
        parts.append(_png_chunk(b"tEXt", filler))
    parts.append(_png_chunk(b"IEND", b""))
    return b"".join(parts)


# Standard luminance DC Huffman table (JPEG Annex K.3): counts per code length, symbols.
_DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
_DC_VALS = tuple(range(12))
# AC table with a single symbol: end-of-block.  Every block is flat (DC only).
_AC_BITS = (1,) + (0,) * 15
_AC_VALS = (0x00,)


def _huffman_codes(bits: Sequence[int], vals: Sequence[int]) -> Dict[int, Tuple[int, int]]:
    codes: Dict[int, Tuple[int, int]] = {}
    code, k = 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


class _BitWriter:
    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value: int, length: int) -> None:
        self.acc = (self.acc << length) | (value & ((1 << length) - 1))
        self.n += length
        while self.n >= 8:
            self.n -= 8
            byte = (self.acc >> self.n) & 0xFF
            self.out.append(byte)
            if byte == 0xFF:
                self.out.append(0x00)
        self.acc &= (1 << self.n) - 1 if self.n else 0

    def flush(self) -> bytes:
        if self.n:
            self.write((1 << (8 - self.n)) - 1, 8 - self.n)
        return bytes(self.out)


def _encode_jpeg(width: int, height: int, rows: List[bytearray], payload: bytes) -> bytes:
    """Baseline JPEG (3 components, 1x1 sampling) made of flat 8x8 blocks."""
    if len(payload) > 65533:
        raise ValueError("annotation too large for a JPEG comment segment")
    dc_codes = _huffman_codes(_DC_BITS, _DC_VALS)
    eob_code, eob_len = _huffman_codes(_AC_BITS, _AC_VALS)[0]
    writer = _BitWriter()
    pred = [0, 0, 0]
    bw, bh = (width + 7) // 8, (height + 7) // 8
    for by in range(bh):
        cy = min(height - 1, by * 8 + 4)
        row = rows[cy]
        for bx in range(bw):
            cx = min(width - 1, bx * 8 + 4) * 3
            r, g, b = row[cx], row[cx + 1], row[cx + 2]
            ycc = (
                0.299 * r + 0.587 * g + 0.114 * b,
                128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
            )
            for comp in range(3):
                # Flat block: DC coefficient = 8 * (v - 128); quantiser 8 -> v - 128.
                dc = max(-128, min(127, int(round(ycc[comp])) - 128))
                diff = dc - pred[comp]
                pred[comp] = dc
                cat = abs(diff).bit_length()
                code, length = dc_codes[cat]
                writer.write(code, length)
                if cat:
                    writer.write(diff if diff >= 0 else diff + (1 << cat) - 1, cat)
                writer.write(eob_code, eob_len)
    scan = writer.flush()

    def segment(marker: int, data: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(data) + 2) + data

    header = [
        b"\xff\xd8",
        segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
        segment(0xFE, payload),
        segment(0xDB, b"\x00" + bytes([8]) * 64),
        segment(0xC0, struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"),
        segment(0xC4, b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS) + b"\x10" + bytes(_AC_BITS) + bytes(_AC_VALS)),
        segment(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00"),
    ]
    size = sum(len(h) for h in header) + len(scan) + 2
    if size < _MIN_FILE_SIZE:
        header.insert(2, segment(0xFE, b"." * max(1, _MIN_FILE_SIZE - size)))
    return b"".join(header) + scan + b"\xff\xd9"


def _gif_palette() -> bytes:
    pal = bytearray()
    for r in range(6):
        for g in range(6):
            for b in range(6):
                pal += bytes((r * 51, g * 51, b * 51))
    for i in range(40):
        v = int(i * 255 / 39)
        pal += bytes((v, v, v))
    return bytes(pal)


def _gif_subblocks(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 255):
        chunk = data[i : i + 255]
        out.append(len(chunk))
        out += chunk
    out.append(0)
    return bytes(out)


def _encode_gif(width: int, height: int, rows: List[bytearray], payload: bytes) -> bytes:
    level = bytes((v * 5 + 127) // 255 for v in range(256))
    indices = bytearray()
    for row in rows:
        r, g, b = row[0::3].translate(level), row[1::3].translate(level), row[2::3].translate(level)
        indices += bytes(36 * x + 6 * y + z for x, y, z in zip(r, g, b))
    # LZW with 8-bit roots, emitting only literal codes and a clear code every
    # 250 codes, so the code width stays at 9 bits (valid, simple, not small).
    clear, end = 256, 257
    acc, nbits = 0, 0
    out = bytearray()

    def emit(code: int) -> None:
        nonlocal acc, nbits
        acc |= code << nbits
        nbits += 9
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8

    emit(clear)
    for i, px in enumerate(indices):
        if i and i % 250 == 0:
            emit(clear)
        emit(px)
    emit(end)
    if nbits:
        out.append(acc & 0xFF)
    parts = [
        b"GIF89a",
        struct.pack("<HHBBB", width, height, 0xF7, 0, 0),
        _gif_palette(),
        b"\x21\xfe" + _gif_subblocks(payload),
        b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0),
        b"\x08" + _gif_subblocks(bytes(out)),
    ]
    size = sum(len(p) for p in parts) + 1
    if size < _MIN_FILE_SIZE:
        parts.insert(4, b"\x21\xfe" + _gif_subblocks(b"." * (_MIN_FILE_SIZE - size)))
    parts.append(b"\x3b")
    return b"".join(parts)


def _encode_bmp(width: int, height: int, rows: List[bytearray], payload: bytes) -> bytes:
    stride = (width * 3 + 3) & ~3
    pad = b"\x00" * (stride - width * 3)
    pixels = bytearray()
    for row in reversed(rows):
        bgr = bytearray(row)
        bgr[0::3], bgr[2::3] = row[2::3], row[0::3]
        pixels += bgr + pad
    trailer = payload
    total = 54 + len(pixels) + len(trailer)
    if total < _MIN_FILE_SIZE:
        trailer += b" " * (_MIN_FILE_SIZE - total)
        total = _MIN_FILE_SIZE
    header = b"BM" + struct.pack("<IHHI", total, 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return header + info + bytes(pixels) + trailer


_ENCODERS = {"png": _encode_png, "jpeg": _encode_jpeg, "jpg": _encode_jpeg, "gif": _encode_gif, "bmp": _encode_bmp}


def make_face_image(
    faces: Iterable[FaceSpec] = (),
    *,
    width: int = 640,
    height: int = 480,
    format: str = "png",  # noqa: A002 - mirrors the public signature
) -> bytes:
    """Return the bytes of a valid image containing (and announcing) ``faces``.

    ``format`` is one of ``"png"``, ``"jpeg"`` (or ``"jpg"``), ``"gif"`` and
    ``"bmp"``.  The output is deterministic and always at least 1 KB, the
    minimum size the Face service accepts.  Pass no faces to get an image in
    which the emulator detects nothing.
    """
    fmt = format.lower()
    if fmt not in _ENCODERS:
        raise ValueError(f"unsupported image format {format!r}; use png, jpeg, gif or bmp")
    if not (1 <= width <= 65535 and 1 <= height <= 65535):
        raise ValueError("width and height must be between 1 and 65535")
    face_list = list(faces)
    payload = _annotation_payload(face_list)
    rows = _render(width, height, face_list)
    return _ENCODERS[fmt](width, height, rows, payload)


# --------------------------------------------------------------------------- reading


def image_info(data: bytes) -> Optional[Tuple[str, int, int]]:
    """Return ``(format, width, height)`` from the header, or None if unknown.

    ``format`` is ``"jpeg"``, ``"png"``, ``"gif"`` or ``"bmp"``; width and height
    are 0 when the header is recognised but truncated.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(data) >= 24:
            w, h = struct.unpack(">II", data[16:24])
            return "png", w, h
        return "png", 0, 0
    if data.startswith(b"GIF87a") or data.startswith(b"GIF89a"):
        if len(data) >= 10:
            w, h = struct.unpack("<HH", data[6:10])
            return "gif", w, h
        return "gif", 0, 0
    if data.startswith(b"BM") and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return "bmp", abs(w), abs(h)
    if data.startswith(b"\xff\xd8\xff"):
        i = 2
        while i + 4 <= len(data):
            if data[i] != 0xFF:
                break
            marker = data[i + 1]
            if marker == 0xFF:
                i += 1
                continue
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            (length,) = struct.unpack(">H", data[i + 2 : i + 4])
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                if i + 9 <= len(data):
                    h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                    return "jpeg", w, h
                break
            i += 2 + length
        return "jpeg", 0, 0
    return None


MAX_ANNOTATED_FACES = 256  # faces read from one annotation (the service reports at most 100 per image)


def _decode_payload(text: bytes) -> Optional[Dict[str, Any]]:
    try:
        doc, _ = json.JSONDecoder().raw_decode(text.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return None
    if isinstance(doc, dict) and isinstance(doc.get("faces"), list):
        doc["faces"] = doc["faces"][:MAX_ANNOTATED_FACES]  # bounds the work one image can cause
        return doc
    return None


def _gif_comments(data: bytes) -> Iterable[bytes]:
    if len(data) < 13:
        return
    flags = data[10]
    i = 13 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)

    def blocks(pos: int) -> Tuple[bytes, int]:
        buf = bytearray()
        while pos < len(data):
            n = data[pos]
            pos += 1
            if n == 0:
                break
            buf += data[pos : pos + n]
            pos += n
        return bytes(buf), pos

    while i < len(data):
        tag = data[i]
        if tag == 0x21 and i + 1 < len(data):
            label = data[i + 1]
            content, i = blocks(i + 2)
            if label == 0xFE:
                yield content
        elif tag == 0x2C and i + 10 <= len(data):
            flags = data[i + 9]
            i += 10 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)
            _, i = blocks(i + 1)
        else:
            return


def read_annotation(data: bytes) -> Optional[Dict[str, Any]]:
    """Return the annotation document embedded in ``data`` (or None).

    When a file carries several annotations the last one wins (this is how
    :func:`annotate_image` re-annotates an already annotated file).
    """
    found: Optional[Dict[str, Any]] = None
    if data.startswith(b"GIF8"):
        for comment in _gif_comments(data):
            if comment.startswith(_MARKER):
                found = _decode_payload(comment[len(_MARKER) :]) or found
        return found
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        i = 8
        while i + 8 <= len(data):
            (length,) = struct.unpack(">I", data[i : i + 4])
            kind = data[i + 4 : i + 8]
            body = data[i + 8 : i + 8 + length]
            if kind == b"tEXt" and body.startswith(_MARKER):
                found = _decode_payload(body[len(_MARKER) :]) or found
            elif kind == b"iTXt" and body.startswith(_MARKER):
                rest = body[len(_MARKER) :]
                if len(rest) >= 2 and rest[0] == 0:
                    rest = rest[2:]
                    rest = rest[rest.find(b"\x00") + 1 :]  # language tag
                    rest = rest[rest.find(b"\x00") + 1 :]  # translated keyword
                    found = _decode_payload(rest) or found
            elif kind == b"IEND":
                break
            i += 12 + length
        return found
    pos = data.rfind(_MARKER)
    if pos < 0:
        return None
    return _decode_payload(data[pos + len(_MARKER) :])


def _jpeg_scan_offset(data: bytes) -> int:
    """Offset of the first SOS marker (where a new COM segment can go)."""
    i = 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA:
            return i
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        i += 2 + length
    return 2


def annotate_image(data: bytes, faces: Iterable[FaceSpec]) -> bytes:
    """Embed an annotation for ``faces`` into an existing PNG/JPEG/GIF/BMP file.

    The new annotation takes precedence over any earlier one.  Useful to make real photographs usable with the emulator's default engine.
    """
    payload = _annotation_payload(list(faces))
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        cut = data.rfind(b"IEND") - 4
        if cut < 8:
            raise ValueError("PNG file without an IEND chunk")
        return data[:cut] + _png_chunk(b"tEXt", payload) + data[cut:]
    if data.startswith(b"\xff\xd8"):
        cut = _jpeg_scan_offset(data)
        return data[:cut] + struct.pack(">BBH", 0xFF, 0xFE, len(payload) + 2) + payload + data[cut:]
    if data.startswith(b"GIF8"):
        if not data.endswith(b"\x3b"):
            raise ValueError("GIF file does not end with a trailer")
        return data[:-1] + b"\x21\xfe" + _gif_subblocks(payload) + b"\x3b"
    if data.startswith(b"BM"):
        return data + payload
    raise ValueError("unsupported image format; expected PNG, JPEG, GIF or BMP")
