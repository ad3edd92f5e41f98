"""Face engines: turn image bytes into faces and faces into comparable vectors.

The emulator talks to an engine through :class:`FaceEngine`.  The default
:class:`AnnotationFaceEngine` reads the JSON annotation written by
:mod:`azure.ai.vision.face.emulator.images` and never looks at pixels.  A real
detector plugs in by subclassing :class:`FaceEngine` and passing an instance as
``FaceEmulator(engine=...)``; it only has to name every face with a stable
``identity`` string.  The bundled real engine
(:mod:`azure.ai.vision.face.emulator._real_engine`) names each face by its
128-d embedding (:mod:`azure.ai.vision.face.emulator._embedding`).
"""

from __future__ import annotations

import abc
import hashlib
import math
import random
import threading
from dataclasses import dataclass, field
from typing import Any, Dict, List, Sequence, Tuple

from ._embedding import MIXED_CONFIDENCE, cluster_identities, decode_embedding, distance_confidence, embedding_distance
from .images import default_attributes, default_landmarks, read_annotation

__all__ = ["DetectedFace", "FaceEngine", "AnnotationFaceEngine"]

_VECTOR_SIZE = 128


@dataclass
class DetectedFace:
    """One face found in an image (wire-shaped dictionaries)."""

    identity: str
    face_rectangle: Dict[str, int]
    landmarks: Dict[str, Any] = field(default_factory=dict)
    attributes: Dict[str, Any] = field(default_factory=dict)
    quality: str = "high"

    @property
    def area(self) -> int:
        return int(self.face_rectangle["width"]) * int(self.face_rectangle["height"])


class FaceEngine(abc.ABC):
    """What the emulator needs from a face detector/recogniser."""

    def __init__(self) -> None:
        self._cache: Dict[Tuple[str, str], Tuple[float, ...]] = {}
        self._lock = threading.Lock()

    @abc.abstractmethod
    def detect(self, image: bytes) -> List[DetectedFace]:
        """Return the faces of an (already validated) image; [] if none."""

    def detect_for_model(self, image: bytes, detection_model: str) -> List[DetectedFace]:
        """Faces for a given ``detectionModel``; engines that ignore the model keep this default."""
        return self.detect(image)

    def feature_vector(self, identity: str, recognition_model: str) -> Tuple[float, ...]:
        """Deterministic unit vector per (identity, model), seeded by a hash."""
        key = (identity, recognition_model)
        with self._lock:
            vec = self._cache.get(key)
            if vec is None:
                seed = hashlib.sha256(f"{recognition_model}\x00{identity}".encode("utf-8")).digest()
                rng = random.Random(int.from_bytes(seed[:8], "big"))
                raw = [rng.gauss(0.0, 1.0) for _ in range(_VECTOR_SIZE)]
                norm = math.sqrt(sum(x * x for x in raw)) or 1.0
                vec = tuple(x / norm for x in raw)
                if len(self._cache) > 100_000:
                    self._cache.clear()
                self._cache[key] = vec
        return vec

    def similarity(self, a: Sequence[float], b: Sequence[float]) -> float:
        """Confidence in [0, 1]: ~0.95 for the same identity, low otherwise."""
        cos = sum(x * y for x, y in zip(a, b))
        return round(max(0.0, min(1.0, 0.05 + 0.9 * max(0.0, cos))), 5)

    def compare(self, identity_a: str, identity_b: str, recognition_model: str) -> float:
        """Confidence that two identities are one person.

        Two real faces (embedding identities, see :mod:`._embedding`) compare by embedding
        distance; two annotated identities by their per-identity vectors; a real face never
        matches an annotated one.
        """
        emb_a, emb_b = decode_embedding(identity_a), decode_embedding(identity_b)
        if emb_a is not None and emb_b is not None:
            return distance_confidence(embedding_distance(emb_a, emb_b))
        if emb_a is not None or emb_b is not None:
            return MIXED_CONFIDENCE
        return self.similarity(
            self.feature_vector(identity_a, recognition_model), self.feature_vector(identity_b, recognition_model)
        )

    def cluster(self, identities: Sequence[str]) -> List[int]:
        """One label per identity; equal labels are one person (used by the group route)."""
        return cluster_identities(identities)


class AnnotationFaceEngine(FaceEngine):
    """Default engine: faces are whatever the image's annotation declares."""

    def detect(self, image: bytes) -> List[DetectedFace]:
        doc = read_annotation(image)
        if not doc:
            return []
        faces: List[DetectedFace] = []
        for entry in doc.get("faces", []):
            if not isinstance(entry, dict):
                continue
            rect = entry.get("faceRectangle") or {}
            try:
                rectangle = {k: int(rect[k]) for k in ("top", "left", "width", "height")}
            except (KeyError, TypeError, ValueError):
                continue
            identity = str(entry.get("identity", ""))
            quality = str(entry.get("qualityForRecognition", "high"))
            attributes = default_attributes(identity, quality)
            overrides = entry.get("faceAttributes")
            if isinstance(overrides, dict):
                attributes.update(overrides)
            landmarks = entry.get("faceLandmarks")
            if not isinstance(landmarks, dict):
                landmarks = default_landmarks(rectangle)
            faces.append(
                DetectedFace(
                    identity=identity,
                    face_rectangle=rectangle,
                    landmarks=landmarks,
                    attributes=attributes,
                    quality=str(attributes.get("qualityForRecognition", quality)),
                )
            )
        faces.sort(key=lambda f: f.area, reverse=True)
        return faces[:100]
