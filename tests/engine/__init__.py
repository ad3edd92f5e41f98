"""Tests of the real face engine (``engine`` extra); skipped, with the reason, when the extra is absent."""

from __future__ import annotations

import io
import pathlib
from typing import Any, Callable, Dict

import pytest

from azure.ai.vision.face.emulator._real_engine import INSTALL_HINT, missing_requirements

PHOTOS = pathlib.Path(__file__).resolve().parent / "photos"
_MISSING = missing_requirements()
ENGINE = [
    pytest.mark.engine,
    pytest.mark.skipif(
        bool(_MISSING),
        reason=f"the real face engine is not installed (missing {', '.join(_MISSING)}): {INSTALL_HINT}",
    ),
]


def photo(name: str) -> bytes:
    """Bytes of a committed fixture photo (see photos/README.md)."""
    return (PHOTOS / name).read_bytes()


def _image(name: str) -> Any:
    from PIL import Image

    with Image.open(PHOTOS / name) as picture:
        return picture.convert("RGB")


def encode(picture: Any, fmt: str = "JPEG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **options)
    return buffer.getvalue()


def _noisy(picture: Any, sigma: float) -> Any:
    import numpy as np
    from PIL import Image

    pixels = np.asarray(picture).astype(np.float64)
    noise = np.random.default_rng(17).normal(0.0, sigma, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def variant(name: str, how: str) -> bytes:
    """A modified copy of a fixture photo, made at test time."""
    from PIL import ImageEnhance, ImageFilter, ImageOps

    picture = _image(name)
    makers: Dict[str, Callable[[], bytes]] = {
        "original-png": lambda: encode(picture, "PNG"),
        "flip": lambda: encode(ImageOps.mirror(picture), quality=92),
        "brighter": lambda: encode(ImageEnhance.Brightness(picture).enhance(1.35), quality=92),
        "darker": lambda: encode(ImageEnhance.Brightness(picture).enhance(0.7), quality=92),
        "jpeg-q25": lambda: encode(picture, quality=25),
        "very-dark": lambda: encode(ImageEnhance.Brightness(picture).enhance(0.2), quality=92),
        "blurred": lambda: encode(picture.filter(ImageFilter.GaussianBlur(2)), quality=92),
        "noisy": lambda: encode(_noisy(picture, 20.0), "PNG"),
        "large": lambda: encode(picture.resize((picture.width * 5 // 2, picture.height * 5 // 2)), quality=92),
        "large-blurred": lambda: encode(
            picture.resize((picture.width * 5 // 2, picture.height * 5 // 2)).filter(ImageFilter.GaussianBlur(6)),
            quality=92,
        ),
        "rotated-15": lambda: encode(picture.rotate(15, resample=3, expand=True, fillcolor=(128, 128, 128)), quality=92),
    }
    return makers[how]()
