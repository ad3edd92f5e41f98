# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Enumerations of the Face service. Each member's value is the exact string the service uses."""
from enum import Enum

from azure.core import CaseInsensitiveEnumMeta


class AccessoryType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Kind of accessory found on or around a face."""

    HEADWEAR = 'headwear'
    """Something worn on the head, such as a hat."""
    GLASSES = 'glasses'
    """A pair of glasses."""
    MASK = 'mask'
    """A mask covering part of the face."""

class BlurLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Coarse rating of how blurry a face is."""

    LOW = 'low'
    """Little or no blur."""
    MEDIUM = 'medium'
    """Moderate blur."""
    HIGH = 'high'
    """Strong blur."""

class ExposureLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Coarse rating of how well a face is exposed."""

    UNDER_EXPOSURE = 'underExposure'
    """The face is too dark."""
    GOOD_EXPOSURE = 'goodExposure'
    """The face is properly exposed."""
    OVER_EXPOSURE = 'overExposure'
    """The face is too bright."""

class FaceAttributeType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face attribute that detection can be asked to return."""

    HEAD_POSE = 'headPose'
    """Head orientation as pitch, roll and yaw angles."""
    GLASSES = 'glasses'
    """Kind of glasses worn, if any."""
    OCCLUSION = 'occlusion'
    """Whether the forehead, eyes or mouth are hidden."""
    ACCESSORIES = 'accessories'
    """Headwear, glasses or mask found around the face; an empty list means none."""
    BLUR = 'blur'
    """Blur level and a 0 to 1 blur score (higher is blurrier)."""
    EXPOSURE = 'exposure'
    """Exposure level of the face: under, good or over."""
    NOISE = 'noise'
    """Noise level and a 0 to 1 noise score (higher is noisier)."""
    MASK = 'mask'
    """Mask type and whether the nose and mouth are covered."""
    QUALITY_FOR_RECOGNITION = 'qualityForRecognition'
    """Whether the image is good enough for recognition; needs recognition_03 or recognition_04."""
    AGE = 'age'
    """Estimated age, in years."""
    SMILE = 'smile'
    """Smile intensity from 0 to 1."""
    FACIAL_HAIR = 'facialHair'
    """Moustache, beard and sideburns scores."""
    HAIR = 'hair'
    """Baldness, hair visibility and candidate hair colors."""

class FaceDetectionModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Model used to locate faces in an image."""

    DETECTION01 = 'detection_01'
    """Default model, best for near-frontal faces; may miss large head poses, occluded faces or rotated images."""
    DETECTION02 = 'detection_02'
    """May 2019 model, more accurate on small, side-on and blurry faces."""
    DETECTION03 = 'detection_03'
    """February 2021 model, more accurate on small faces."""

class FaceImageType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Kind of image a liveness frame was taken from."""

    COLOR = 'Color'
    """Color image."""
    INFRARED = 'Infrared'
    """Infrared image."""
    DEPTH = 'Depth'
    """Depth image."""

class FaceLivenessDecision(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Result of classifying whether the target face is live."""

    UNCERTAIN = 'uncertain'
    """The face could not be classified as either real or spoof."""
    REAL_FACE = 'realface'
    """The face was classified as a real, live face."""
    SPOOF_FACE = 'spoofface'
    """The face was classified as a spoof."""

class FaceOperationStatus(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """State of a long-running operation such as training."""

    NOT_STARTED = 'notStarted'
    """The operation has not started yet."""
    RUNNING = 'running'
    """The operation is in progress."""
    SUCCEEDED = 'succeeded'
    """The operation finished successfully."""
    FAILED = 'failed'
    """The operation finished with a failure."""

class FaceRecognitionModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Model used to extract face features for recognition."""

    RECOGNITION01 = 'recognition_01'
    """Default model; faceIds created before March 2019 use it."""
    RECOGNITION02 = 'recognition_02'
    """Model released in March 2019."""
    RECOGNITION03 = 'recognition_03'
    """Model released in May 2020."""
    RECOGNITION04 = 'recognition_04'
    """Model released in February 2021; the recommended choice for accuracy."""

class FaceSessionStatus(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """State of a liveness session."""

    NOT_STARTED = 'NotStarted'
    """The client has not started the session yet."""
    STARTED = 'Started'
    """The client has started the session."""
    RESULT_AVAILABLE = 'ResultAvailable'
    """A result is ready for the session."""

class FindSimilarMatchMode(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """How find-similar compares faces."""

    MATCH_PERSON = 'matchPerson'
    """Return faces that belong to the same person (the default)."""
    MATCH_FACE = 'matchFace'
    """Return faces that look similar, even if they are different people."""

class GlassesType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Kind of glasses worn on a face."""

    NO_GLASSES = 'noGlasses'
    """No glasses are worn."""
    READING_GLASSES = 'readingGlasses'
    """Ordinary glasses are worn."""
    SUNGLASSES = 'sunglasses'
    """Sunglasses are worn."""
    SWIMMING_GOGGLES = 'swimmingGoggles'
    """Swimming goggles are worn."""

class HairColorType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Color of the hair on a face."""

    UNKNOWN_HAIR_COLOR = 'unknown'
    """Color could not be determined."""
    WHITE = 'white'
    """White hair."""
    GRAY = 'gray'
    """Gray hair."""
    BLOND = 'blond'
    """Blond hair."""
    BROWN = 'brown'
    """Brown hair."""
    RED = 'red'
    """Red hair."""
    BLACK = 'black'
    """Black hair."""
    OTHER = 'other'
    """A color not listed here."""

class LivenessModel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Version of the model that classifies liveness."""

    V2022_10_15_PREVIEW04 = '2022-10-15-preview.04'
    """Liveness model version 2022-10-15-preview.04."""
    V2023_12_20_PREVIEW06 = '2023-12-20-preview.06'
    """Liveness model version 2023-12-20-preview.06."""

class LivenessOperationMode(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Liveness technique that shapes the end user's experience on the client."""

    PASSIVE = 'Passive'
    """Needs no user action but good indoor light and a bright screen; the only mode on iOS and Android."""
    PASSIVE_ACTIVE = 'PassiveActive'
    """Asks the user to move only when lighting is poor; no lighting limits, suited to web clients."""

class MaskType(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Kind of mask found on a face."""

    FACE_MASK = 'faceMask'
    """A face mask is worn."""
    NO_MASK = 'noMask'
    """No mask is worn."""
    OTHER_MASK_OR_OCCLUSION = 'otherMaskOrOcclusion'
    """Some other mask or covering hides the face."""
    UNCERTAIN = 'uncertain'
    """Whether a mask is worn could not be decided."""

class NoiseLevel(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Coarse rating of image noise on a face."""

    LOW = 'low'
    """Little or no noise."""
    MEDIUM = 'medium'
    """Moderate noise."""
    HIGH = 'high'
    """Heavy noise."""

class QualityForRecognition(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Rating of whether an image is good enough to recognize a face."""

    LOW = 'low'
    """Poor quality for recognition."""
    MEDIUM = 'medium'
    """Acceptable quality; the minimum suggested for identification."""
    HIGH = 'high'
    """Good quality; the only level suggested for enrolling people."""

class Versions(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Face service API versions this client can target."""

    V1_1_PREVIEW1 = 'v1.1-preview.1'
    """API version v1.1-preview.1."""
    V1_2_PREVIEW1 = 'v1.2-preview.1'
    """API version v1.2-preview.1."""
