"""Face signatures: how a real face's 128-d embedding travels through the emulator's records.

Every face the emulator remembers (a faceId, a persisted face, a training snapshot, a
liveness verify image) carries one ``identity`` string.  Faces found through an
annotation keep the annotation's identity (``"alice"``).  Faces found by the real
engine (:mod:`azure.ai.vision.face.emulator._real_engine`) are named by their
embedding itself: ``"dlib128:"`` followed by the base64 of 128 little-endian float32
values.  The embedding therefore lives in the records the store already keeps (and
survives ``--data-dir``) without a second copy that could drift, and comparing two
faces never needs the engine's native libraries: this module is pure Python, with
numpy used only to speed up clustering when it is installed.

Confidence of a pair of embeddings at Euclidean distance ``d``::

    confidence = 1 / (1 + exp(10 * (d - 0.6)))

so ``d = 0.6`` (the usual same-person cut-off of this embedding model) maps to 0.5, the
emulator's ``isIdentical`` threshold.  A real face never matches an annotated one.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import math
import struct
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = [
    "EMBEDDING_PREFIX",
    "EMBEDDING_SIZE",
    "SAME_PERSON_DISTANCE",
    "MIXED_CONFIDENCE",
    "encode_embedding",
    "decode_embedding",
    "embedding_distance",
    "distance_confidence",
    "cluster_identities",
]

EMBEDDING_PREFIX = "dlib128:"
EMBEDDING_SIZE = 128
SAME_PERSON_DISTANCE = 0.6
CONFIDENCE_SLOPE = 10.0
MIXED_CONFIDENCE = 0.05
"""Confidence reported when a real (embedded) face is compared with an annotated one."""

_PACK = struct.Struct(f"<{EMBEDDING_SIZE}f")


def encode_embedding(values: Sequence[float]) -> str:
    """Identity string of a real face: the prefix plus base64 of the float32 vector.

    :param values: the 128 numbers of the embedding.
    :return: a string usable wherever the emulator stores a face identity.
    :raises ValueError: if ``values`` does not hold exactly 128 numbers.
    """
    if len(values) != EMBEDDING_SIZE:
        raise ValueError(f"an embedding has {EMBEDDING_SIZE} values, got {len(values)}")
    return EMBEDDING_PREFIX + base64.b64encode(_PACK.pack(*(float(v) for v in values))).decode("ascii")


def decode_embedding(identity: str) -> Optional[Tuple[float, ...]]:
    """The embedding carried by ``identity``, or ``None`` for an annotated identity.

    :param identity: a face identity as stored by the emulator.
    :return: 128 floats, or ``None`` when the identity is not an exact embedding signature.
    """
    if not identity.startswith(EMBEDDING_PREFIX):
        return None
    try:
        raw = base64.b64decode(identity[len(EMBEDDING_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _PACK.size:
        return None
    values: Tuple[float, ...] = _PACK.unpack(raw)
    return values


def embedding_distance(a: Sequence[float], b: Sequence[float]) -> float:
    """Euclidean distance of two embeddings."""
    return math.sqrt(sum((x - y) * (x - y) for x, y in zip(a, b)))


def distance_confidence(distance: float) -> float:
    """Calibrated confidence in [0, 1] for an embedding distance (0.5 at 0.6), rounded to 5 places."""
    z = CONFIDENCE_SLOPE * (distance - SAME_PERSON_DISTANCE)
    if z > 700:  # exp would overflow; the confidence is 0 anyway
        return 0.0
    return round(1.0 / (1.0 + math.exp(z)), 5)


def _numpy() -> Any:
    try:
        return importlib.import_module("numpy")
    except ImportError:
        return None


def cluster_identities(identities: Sequence[str]) -> List[int]:
    """Cluster face identities into people; returns one cluster label per input.

    Annotated identities cluster by equality.  Embedded faces are linked when their
    distance is below :data:`SAME_PERSON_DISTANCE` (single linkage), so a chain of
    close photos of one person forms one cluster.  The two kinds never share a cluster.

    :param identities: identities in request order.
    :return: labels (small integers, first-seen order); equal labels mean one person.
    """
    parent = list(range(len(identities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first_by_name: Dict[str, int] = {}
    embedded: List[Tuple[int, Tuple[float, ...]]] = []
    for index, identity in enumerate(identities):
        vector = decode_embedding(identity)
        if vector is not None:
            embedded.append((index, vector))
        elif identity in first_by_name:
            union(first_by_name[identity], index)
        else:
            first_by_name[identity] = index
    np = _numpy() if len(embedded) > 16 else None
    if np is not None:
        matrix = np.asarray([v for _, v in embedded], dtype=np.float64)
        squared = (matrix * matrix).sum(axis=1)
        dist2 = squared[:, None] + squared[None, :] - 2.0 * matrix @ matrix.T
        close = np.argwhere(np.triu(dist2 < SAME_PERSON_DISTANCE**2, k=1))
        for i, j in close.tolist():
            union(embedded[i][0], embedded[j][0])
    else:
        for pos, (i, vi) in enumerate(embedded):
            for j, vj in embedded[pos + 1 :]:
                if embedding_distance(vi, vj) < SAME_PERSON_DISTANCE:
                    union(i, j)
    labels: Dict[int, int] = {}
    return [labels.setdefault(find(i), len(labels)) for i in range(len(identities))]
