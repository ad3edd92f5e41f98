# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Which face attributes each detection and recognition model can return.

These enumerations live here, not in ``_enums``, because the published package defines them in this module:
their ``__module__`` and the pickles of their members name ``azure.ai.vision.face.models._patch``.
"""
from enum import Enum

from azure.core import CaseInsensitiveEnumMeta

__all__ = [
    "FaceAttributeTypeDetection01",
    "FaceAttributeTypeDetection03",
    "FaceAttributeTypeRecognition03",
    "FaceAttributeTypeRecognition04",
]


class FaceAttributeTypeDetection01(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face attributes that can be requested with the detection_01 model."""

    ACCESSORIES = 'accessories'
    """Headwear, glasses or mask found around the face."""
    BLUR = 'blur'
    """Blur level and blur score."""
    EXPOSURE = 'exposure'
    """Exposure level and exposure score."""
    GLASSES = 'glasses'
    """Kind of glasses worn, if any."""
    HEAD_POSE = 'headPose'
    """Head orientation as pitch, roll and yaw angles."""
    NOISE = 'noise'
    """Noise level and noise score."""
    OCCLUSION = 'occlusion'
    """Whether the forehead, eyes or mouth are hidden."""

class FaceAttributeTypeDetection03(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face attributes that can be requested with the detection_03 model."""

    BLUR = 'blur'
    """Blur level and blur score."""
    HEAD_POSE = 'headPose'
    """Head orientation as pitch, roll and yaw angles."""
    MASK = 'mask'
    """Mask type and whether the nose and mouth are covered."""

class FaceAttributeTypeRecognition03(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face attributes that can be requested with the recognition_03 model."""

    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """Whether the image is good enough for recognition."""

class FaceAttributeTypeRecognition04(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face attributes that can be requested with the recognition_04 model."""

    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """Whether the image is good enough for recognition."""
