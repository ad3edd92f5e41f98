# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Enumerations of the Face service. Each member's value is the exact string the service uses."""
from enum import Enum

from azure.core import CaseInsensitiveEnumMeta


class AccessoryType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC AccessoryType."""

    HEADWEAR = 'headwear'
    """TODO-DOC headwear."""
    GLASSES = 'glasses'
    """TODO-DOC glasses."""
    MASK = 'mask'
    """TODO-DOC mask."""

class BlurLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC BlurLevel."""

    LOW = 'low'
    """TODO-DOC low."""
    MEDIUM = 'medium'
    """TODO-DOC medium."""
    HIGH = 'high'
    """TODO-DOC high."""

class ExposureLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC ExposureLevel."""

    UNDER_EXPOSURE = 'underExposure'
    """TODO-DOC underExposure."""
    GOOD_EXPOSURE = 'goodExposure'
    """TODO-DOC goodExposure."""
    OVER_EXPOSURE = 'overExposure'
    """TODO-DOC overExposure."""

class FaceAttributeType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceAttributeType."""

    HEAD_POSE = 'headPose'
    """TODO-DOC headPose."""
    GLASSES = 'glasses'
    """TODO-DOC glasses."""
    OCCLUSION = 'occlusion'
    """TODO-DOC occlusion."""
    ACCESSORIES = 'accessories'
    """TODO-DOC accessories."""
    BLUR = 'blur'
    """TODO-DOC blur."""
    EXPOSURE = 'exposure'
    """TODO-DOC exposure."""
    NOISE = 'noise'
    """TODO-DOC noise."""
    MASK = 'mask'
    """TODO-DOC mask."""
    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """TODO-DOC qualityForRecognition."""
    AGE = 'age'
    """TODO-DOC age."""
    SMILE = 'smile'
    """TODO-DOC smile."""
    FACIAL_HAIR = 'facialHair'
    """TODO-DOC facialHair."""
    HAIR = 'hair'
    """TODO-DOC hair."""

class FaceAttributeTypeDetection01(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceAttributeTypeDetection01."""

    ACCESSORIES = 'accessories'
    """TODO-DOC accessories."""
    BLUR = 'blur'
    """TODO-DOC blur."""
    EXPOSURE = 'exposure'
    """TODO-DOC exposure."""
    GLASSES = 'glasses'
    """TODO-DOC glasses."""
    HEAD_POSE = 'headPose'
    """TODO-DOC headPose."""
    NOISE = 'noise'
    """TODO-DOC noise."""
    OCCLUSION = 'occlusion'
    """TODO-DOC occlusion."""

class FaceAttributeTypeDetection03(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceAttributeTypeDetection03."""

    BLUR = 'blur'
    """TODO-DOC blur."""
    HEAD_POSE = 'headPose'
    """TODO-DOC headPose."""
    MASK = 'mask'
    """TODO-DOC mask."""

class FaceAttributeTypeRecognition03(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceAttributeTypeRecognition03."""

    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """TODO-DOC qualityForRecognition."""

class FaceAttributeTypeRecognition04(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceAttributeTypeRecognition04."""

    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """TODO-DOC qualityForRecognition."""

class FaceDetectionModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceDetectionModel."""

    DETECTION01 = 'detection_01'
    """TODO-DOC detection_01."""
    DETECTION02 = 'detection_02'
    """TODO-DOC detection_02."""
    DETECTION03 = 'detection_03'
    """TODO-DOC detection_03."""

class FaceImageType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceImageType."""

    COLOR = 'Color'
    """TODO-DOC Color."""
    INFRARED = 'Infrared'
    """TODO-DOC Infrared."""
    DEPTH = 'Depth'
    """TODO-DOC Depth."""

class FaceLivenessDecision(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceLivenessDecision."""

    UNCERTAIN = 'uncertain'
    """TODO-DOC uncertain."""
    REAL_FACE = 'realface'
    """TODO-DOC realface."""
    SPOOF_FACE = 'spoofface'
    """TODO-DOC spoofface."""

class FaceOperationStatus(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceOperationStatus."""

    NOT_STARTED = 'notStarted'
    """TODO-DOC notStarted."""
    RUNNING = 'running'
    """TODO-DOC running."""
    SUCCEEDED = 'succeeded'
    """TODO-DOC succeeded."""
    FAILED = 'failed'
    """TODO-DOC failed."""

class FaceRecognitionModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceRecognitionModel."""

    RECOGNITION01 = 'recognition_01'
    """TODO-DOC recognition_01."""
    RECOGNITION02 = 'recognition_02'
    """TODO-DOC recognition_02."""
    RECOGNITION03 = 'recognition_03'
    """TODO-DOC recognition_03."""
    RECOGNITION04 = 'recognition_04'
    """TODO-DOC recognition_04."""

class FaceSessionStatus(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FaceSessionStatus."""

    NOT_STARTED = 'NotStarted'
    """TODO-DOC NotStarted."""
    STARTED = 'Started'
    """TODO-DOC Started."""
    RESULT_AVAILABLE = 'ResultAvailable'
    """TODO-DOC ResultAvailable."""

class FindSimilarMatchMode(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC FindSimilarMatchMode."""

    MATCH_PERSON = 'matchPerson'
    """TODO-DOC matchPerson."""
    MATCH_FACE = 'matchFace'
    """TODO-DOC matchFace."""

class GlassesType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC GlassesType."""

    NO_GLASSES = 'noGlasses'
    """TODO-DOC noGlasses."""
    READING_GLASSES = 'readingGlasses'
    """TODO-DOC readingGlasses."""
    SUNGLASSES = 'sunglasses'
    """TODO-DOC sunglasses."""
    SWIMMING_GOGGLES = 'swimmingGoggles'
    """TODO-DOC swimmingGoggles."""

class HairColorType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC HairColorType."""

    UNKNOWN_HAIR_COLOR = 'unknown'
    """TODO-DOC unknown."""
    WHITE = 'white'
    """TODO-DOC white."""
    GRAY = 'gray'
    """TODO-DOC gray."""
    BLOND = 'blond'
    """TODO-DOC blond."""
    BROWN = 'brown'
    """TODO-DOC brown."""
    RED = 'red'
    """TODO-DOC red."""
    BLACK = 'black'
    """TODO-DOC black."""
    OTHER = 'other'
    """TODO-DOC other."""

class LivenessModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC LivenessModel."""

    V2022_10_15_PREVIEW04 = '2022-10-15-preview.04'
    """TODO-DOC 2022-10-15-preview.04."""
    V2023_12_20_PREVIEW06 = '2023-12-20-preview.06'
    """TODO-DOC 2023-12-20-preview.06."""

class LivenessOperationMode(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC LivenessOperationMode."""

    PASSIVE = 'Passive'
    """TODO-DOC Passive."""
    PASSIVE_ACTIVE = 'PassiveActive'
    """TODO-DOC PassiveActive."""

class MaskType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC MaskType."""

    FACE_MASK = 'faceMask'
    """TODO-DOC faceMask."""
    NO_MASK = 'noMask'
    """TODO-DOC noMask."""
    OTHER_MASK_OR_OCCLUSION = 'otherMaskOrOcclusion'
    """TODO-DOC otherMaskOrOcclusion."""
    UNCERTAIN = 'uncertain'
    """TODO-DOC uncertain."""

class NoiseLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC NoiseLevel."""

    LOW = 'low'
    """TODO-DOC low."""
    MEDIUM = 'medium'
    """TODO-DOC medium."""
    HIGH = 'high'
    """TODO-DOC high."""

class QualityForRecognition(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC QualityForRecognition."""

    LOW = 'low'
    """TODO-DOC low."""
    MEDIUM = 'medium'
    """TODO-DOC medium."""
    HIGH = 'high'
    """TODO-DOC high."""

class Versions(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """TODO-DOC Versions."""

    V1_1_PREVIEW1 = 'v1.1-preview.1'
    """TODO-DOC v1.1-preview.1."""
    V1_2_PREVIEW1 = 'v1.2-preview.1'
    """TODO-DOC v1.2-preview.1."""
