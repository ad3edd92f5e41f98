# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Models of the Face service: typed views over the JSON objects it sends and receives."""
# pylint: disable=too-many-lines
from __future__ import annotations

from datetime import datetime
from typing import IO, Any, List, Mapping, Optional, Tuple, Union, overload

from .._model_base import Model, rest_field
from ._enums import (
    AccessoryType,
    BlurLevel,
    ExposureLevel,
    FaceAttributeType,
    FaceDetectionModel,
    FaceImageType,
    FaceLivenessDecision,
    FaceOperationStatus,
    FaceRecognitionModel,
    FaceSessionStatus,
    FindSimilarMatchMode,
    GlassesType,
    HairColorType,
    LivenessModel,
    LivenessOperationMode,
    MaskType,
    NoiseLevel,
    QualityForRecognition,
    Versions,
)


class AccessoryItem(Model):
    """An accessory found on a face, with the confidence of the finding."""

    __slots__ = ()

    type: Union[str, AccessoryType] = rest_field(name='type')
    """Kind of accessory: headwear, glasses or mask."""
    confidence: float = rest_field(name='confidence')
    """Confidence that the accessory is present, from 0 to 1."""

    @overload
    def __init__(
        self,
        *,
        type: Union[str, AccessoryType],
        confidence: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class AddFaceResult(Model):
    """Result of adding a face to a face collection."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId')
    """ID of the stored face; unlike a detection faceId it does not expire."""

    @overload
    def __init__(
        self,
        *,
        persisted_face_id: str,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class AuditLivenessResponseInfo(Model):
    """Audit record of a response sent during a liveness session."""

    __slots__ = ()

    body: LivenessResponseBody = rest_field(name='body')
    """Response body; its shape depends on the URL and method of the request."""
    status_code: int = rest_field(name='statusCode')
    """HTTP status code returned to the client."""
    latency_in_milliseconds: int = rest_field(name='latencyInMilliseconds')
    """Latency of the request as measured by the server, in milliseconds."""

    @overload
    def __init__(
        self,
        *,
        body: LivenessResponseBody,
        status_code: int,
        latency_in_milliseconds: int,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class AuditRequestInfo(Model):
    """Audit record of a request made during a liveness session."""

    __slots__ = ()

    url: str = rest_field(name='url')
    """Relative URL, including the query, of the liveness request."""
    method: str = rest_field(name='method')
    """HTTP method of the request, such as GET, POST or DELETE."""
    content_type: str = rest_field(name='contentType')
    """Content type of the request."""
    content_length: Optional[int] = rest_field(name='contentLength')
    """Size of the request body, in bytes."""
    user_agent: Optional[str] = rest_field(name='userAgent')
    """User agent that sent the request."""

    @overload
    def __init__(
        self,
        *,
        url: str,
        method: str,
        content_type: str,
        content_length: Optional[int] = None,
        user_agent: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class BlurProperties(Model):
    """How blurry the face is."""

    __slots__ = ()

    blur_level: Union[str, BlurLevel] = rest_field(name='blurLevel')
    """Blur level: low, medium or high."""
    value: float = rest_field(name='value')
    """Blur score from 0 to 1; higher means blurrier."""

    @overload
    def __init__(
        self,
        *,
        blur_level: Union[str, BlurLevel],
        value: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreateLivenessSessionContent(Model):
    """Request body for creating a liveness session."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """Liveness mode the client should use: Passive or PassiveActive."""
    send_results_to_client: Optional[bool] = rest_field(name='sendResultsToClient')
    """Whether the client gets a 200 result body instead of an empty 204 (default false)."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """Whether the client sets the device correlation ID itself; if false (default) it must be set here."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """Whether the service stores the session image."""
    liveness_single_modal_model: Optional[Union[str, LivenessModel]] = rest_field(name='livenessSingleModalModel')
    """Liveness model version to use; the latest supported one when omitted."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """GUID of the end-user device, used for rate limiting; null when the client sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """Lifetime of the session, in seconds: 60 to 86400, 600 by default."""

    @overload
    def __init__(
        self,
        *,
        liveness_operation_mode: Union[str, LivenessOperationMode],
        send_results_to_client: Optional[bool] = None,
        device_correlation_id_set_in_client: Optional[bool] = None,
        enable_session_image: Optional[bool] = None,
        liveness_single_modal_model: Optional[Union[str, LivenessModel]] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreateLivenessSessionResult(Model):
    """Result of creating a liveness session."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId')
    """Unique ID of the session; it expires 48 hours after creation unless deleted sooner."""
    auth_token: str = rest_field(name='authToken')
    """Bearer token for the Vision SDK on the client, limited to this session and valid for its lifetime."""

    @overload
    def __init__(
        self,
        *,
        session_id: str,
        auth_token: str,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreateLivenessWithVerifySessionContent(Model):
    """Request parameters for creating a liveness session with face verification."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """Liveness mode the client should use: Passive or PassiveActive."""
    send_results_to_client: Optional[bool] = rest_field(name='sendResultsToClient')
    """Whether the client gets a 200 result body instead of an empty 204 (default false)."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """Whether the client sets the device correlation ID itself; if false (default) it must be set here."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """Whether the service stores the session image."""
    liveness_single_modal_model: Optional[Union[str, LivenessModel]] = rest_field(name='livenessSingleModalModel')
    """Liveness model version to use; the latest supported one when omitted."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """GUID of the end-user device, used for rate limiting; null when the client sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """Lifetime of the session, in seconds: 60 to 86400, 600 by default."""
    return_verify_image_hash: Optional[bool] = rest_field(name='returnVerifyImageHash')
    """Whether to return the hash of the verify image."""
    verify_confidence_threshold: Optional[float] = rest_field(name='verifyConfidenceThreshold')
    """Confidence threshold for the face verification, from 0 to 1."""

    @overload
    def __init__(
        self,
        *,
        liveness_operation_mode: Union[str, LivenessOperationMode],
        send_results_to_client: Optional[bool] = None,
        device_correlation_id_set_in_client: Optional[bool] = None,
        enable_session_image: Optional[bool] = None,
        liveness_single_modal_model: Optional[Union[str, LivenessModel]] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
        return_verify_image_hash: Optional[bool] = None,
        verify_confidence_threshold: Optional[float] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreateLivenessWithVerifySessionMultipartContent(Model):
    """Multipart request for creating a liveness session with a verify image."""

    __slots__ = ()

    parameters: CreateLivenessWithVerifySessionContent = rest_field(name='Parameters')
    """Settings for the new session."""
    verify_image: Union[str, bytes, IO[str], IO[bytes], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]]], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]], Optional[str]]] = rest_field(name='VerifyImage', is_multipart_file_input=True)
    """Reference image to verify against; its part must carry a filename."""

    @overload
    def __init__(
        self,
        *,
        parameters: CreateLivenessWithVerifySessionContent,
        verify_image: Union[str, bytes, IO[str], IO[bytes], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]]], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]], Optional[str]]],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreateLivenessWithVerifySessionResult(Model):
    """Result of creating a liveness session with face verification."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId')
    """Unique ID of the session; it expires 48 hours after creation unless deleted sooner."""
    auth_token: str = rest_field(name='authToken')
    """Bearer token for the Vision SDK on the client, limited to this session and valid for its lifetime."""
    verify_image: Optional[LivenessWithVerifyImage] = rest_field(name='verifyImage')
    """Details of the face found in the verify image."""

    @overload
    def __init__(
        self,
        *,
        session_id: str,
        auth_token: str,
        verify_image: Optional[LivenessWithVerifyImage] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class CreatePersonResult(Model):
    """Result of creating a person."""

    __slots__ = ()

    person_id: str = rest_field(name='personId')
    """ID of the new person."""

    @overload
    def __init__(
        self,
        *,
        person_id: str,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class ExposureProperties(Model):
    """How well the face is exposed."""

    __slots__ = ()

    exposure_level: Union[str, ExposureLevel] = rest_field(name='exposureLevel')
    """Exposure level: under, good or over exposure."""
    value: float = rest_field(name='value')
    """Exposure score from 0 to 1: below 0.25 is under, 0.75 and above is over, good in between."""

    @overload
    def __init__(
        self,
        *,
        exposure_level: Union[str, ExposureLevel],
        value: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceAttributes(Model):
    """Attributes estimated for a detected face; only the requested ones are set."""

    __slots__ = ()

    age: Optional[float] = rest_field(name='age')
    """Estimated age, in years."""
    smile: Optional[float] = rest_field(name='smile')
    """Smile intensity from 0 to 1."""
    facial_hair: Optional[FacialHair] = rest_field(name='facialHair')
    """Moustache, beard and sideburns scores."""
    glasses: Optional[Union[str, GlassesType]] = rest_field(name='glasses')
    """Kind of glasses worn, if any."""
    head_pose: Optional[HeadPose] = rest_field(name='headPose')
    """Head orientation as pitch, roll and yaw angles."""
    hair: Optional[HairProperties] = rest_field(name='hair')
    """Baldness, hair visibility and candidate hair colors."""
    occlusion: Optional[OcclusionProperties] = rest_field(name='occlusion')
    """Whether the forehead, eyes or mouth are hidden."""
    accessories: Optional[List[AccessoryItem]] = rest_field(name='accessories')
    """Accessories found on the face; empty when there are none."""
    blur: Optional[BlurProperties] = rest_field(name='blur')
    """How blurry the face is."""
    exposure: Optional[ExposureProperties] = rest_field(name='exposure')
    """How well the face is exposed."""
    noise: Optional[NoiseProperties] = rest_field(name='noise')
    """How noisy the face pixels are."""
    mask: Optional[MaskProperties] = rest_field(name='mask')
    """Whether a mask is worn and what kind."""
    quality_for_recognition: Optional[Union[str, QualityForRecognition]] = rest_field(name='qualityForRecognition')
    """Whether the image is good enough to attempt recognition: low, medium or high."""

    @overload
    def __init__(
        self,
        *,
        age: Optional[float] = None,
        smile: Optional[float] = None,
        facial_hair: Optional[FacialHair] = None,
        glasses: Optional[Union[str, GlassesType]] = None,
        head_pose: Optional[HeadPose] = None,
        hair: Optional[HairProperties] = None,
        occlusion: Optional[OcclusionProperties] = None,
        accessories: Optional[List[AccessoryItem]] = None,
        blur: Optional[BlurProperties] = None,
        exposure: Optional[ExposureProperties] = None,
        noise: Optional[NoiseProperties] = None,
        mask: Optional[MaskProperties] = None,
        quality_for_recognition: Optional[Union[str, QualityForRecognition]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceDetectionResult(Model):
    """A face found by detection."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """Rectangle around the face, in pixels of the source image."""
    face_id: Optional[str] = rest_field(name='faceId')
    """Temporary ID of the face, valid for 24 hours; set only when face IDs are requested."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """Recognition model bound to the faceId; set only when explicitly requested."""
    face_landmarks: Optional[FaceLandmarks] = rest_field(name='faceLandmarks')
    """The 27 landmark points of the face; set only when landmarks are requested."""
    face_attributes: Optional[FaceAttributes] = rest_field(name='faceAttributes')
    """Attributes estimated for the face; set only when attributes are requested."""

    @overload
    def __init__(
        self,
        *,
        face_rectangle: FaceRectangle,
        face_id: Optional[str] = None,
        recognition_model: Optional[Union[str, FaceRecognitionModel]] = None,
        face_landmarks: Optional[FaceLandmarks] = None,
        face_attributes: Optional[FaceAttributes] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceError(Model):
    """Error returned by the Face service."""

    __slots__ = ()

    code: str = rest_field(name='code')
    """Error code, one of a set defined by the service."""
    message: str = rest_field(name='message')
    """Readable description of the error."""

    @overload
    def __init__(
        self,
        *,
        code: str,
        message: str,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceErrorResponse(Model):
    """Response body carrying a Face service error."""

    __slots__ = ()

    error: FaceError = rest_field(name='error')
    """Details of the error."""

    @overload
    def __init__(
        self,
        *,
        error: FaceError,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceFindSimilarResult(Model):
    """A candidate face returned by find-similar."""

    __slots__ = ()

    confidence: float = rest_field(name='confidence')
    """Similarity of the candidate from 0 to 1; higher is more similar."""
    face_id: Optional[str] = rest_field(name='faceId')
    """Temporary faceId of the candidate when searching among face IDs."""
    persisted_face_id: Optional[str] = rest_field(name='persistedFaceId')
    """Stored face ID of the candidate when searching a face list or large face list."""

    @overload
    def __init__(
        self,
        *,
        confidence: float,
        face_id: Optional[str] = None,
        persisted_face_id: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceGroupingResult(Model):
    """Result of grouping faces by similarity."""

    __slots__ = ()

    groups: List[List[str]] = rest_field(name='groups')
    """Groups of similar face IDs, ordered by group size."""
    messy_group: List[str] = rest_field(name='messyGroup')
    """Face IDs that are not similar to any other face given."""

    @overload
    def __init__(
        self,
        *,
        groups: List[List[str]],
        messy_group: List[str],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceIdentificationCandidate(Model):
    """A person that may match a face being identified."""

    __slots__ = ()

    person_id: str = rest_field(name='personId')
    """ID of the candidate person."""
    confidence: float = rest_field(name='confidence')
    """Confidence of the match from 0 to 1; higher is more similar."""

    @overload
    def __init__(
        self,
        *,
        person_id: str,
        confidence: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceIdentificationResult(Model):
    """Identification result for one query face."""

    __slots__ = ()

    face_id: str = rest_field(name='faceId')
    """faceId of the query face."""
    candidates: List[FaceIdentificationCandidate] = rest_field(name='candidates')
    """Matching people, highest confidence first; empty when nobody matches."""

    @overload
    def __init__(
        self,
        *,
        face_id: str,
        candidates: List[FaceIdentificationCandidate],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceLandmarks(Model):
    """The 27 landmark points marking the main parts of a face."""

    __slots__ = ()

    pupil_left: LandmarkCoordinate = rest_field(name='pupilLeft')
    """Position of the left pupil."""
    pupil_right: LandmarkCoordinate = rest_field(name='pupilRight')
    """Position of the right pupil."""
    nose_tip: LandmarkCoordinate = rest_field(name='noseTip')
    """Position of the tip of the nose."""
    mouth_left: LandmarkCoordinate = rest_field(name='mouthLeft')
    """Position of the left corner of the mouth."""
    mouth_right: LandmarkCoordinate = rest_field(name='mouthRight')
    """Position of the right corner of the mouth."""
    eyebrow_left_outer: LandmarkCoordinate = rest_field(name='eyebrowLeftOuter')
    """Position of the outer end of the left eyebrow."""
    eyebrow_left_inner: LandmarkCoordinate = rest_field(name='eyebrowLeftInner')
    """Position of the inner end of the left eyebrow."""
    eye_left_outer: LandmarkCoordinate = rest_field(name='eyeLeftOuter')
    """Position of the outer corner of the left eye."""
    eye_left_top: LandmarkCoordinate = rest_field(name='eyeLeftTop')
    """Position of the top of the left eye."""
    eye_left_bottom: LandmarkCoordinate = rest_field(name='eyeLeftBottom')
    """Position of the bottom of the left eye."""
    eye_left_inner: LandmarkCoordinate = rest_field(name='eyeLeftInner')
    """Position of the inner corner of the left eye."""
    eyebrow_right_inner: LandmarkCoordinate = rest_field(name='eyebrowRightInner')
    """Position of the inner end of the right eyebrow."""
    eyebrow_right_outer: LandmarkCoordinate = rest_field(name='eyebrowRightOuter')
    """Position of the outer end of the right eyebrow."""
    eye_right_inner: LandmarkCoordinate = rest_field(name='eyeRightInner')
    """Position of the inner corner of the right eye."""
    eye_right_top: LandmarkCoordinate = rest_field(name='eyeRightTop')
    """Position of the top of the right eye."""
    eye_right_bottom: LandmarkCoordinate = rest_field(name='eyeRightBottom')
    """Position of the bottom of the right eye."""
    eye_right_outer: LandmarkCoordinate = rest_field(name='eyeRightOuter')
    """Position of the outer corner of the right eye."""
    nose_root_left: LandmarkCoordinate = rest_field(name='noseRootLeft')
    """Position of the left side of the nose root."""
    nose_root_right: LandmarkCoordinate = rest_field(name='noseRootRight')
    """Position of the right side of the nose root."""
    nose_left_alar_top: LandmarkCoordinate = rest_field(name='noseLeftAlarTop')
    """Position of the top of the left nostril wing."""
    nose_right_alar_top: LandmarkCoordinate = rest_field(name='noseRightAlarTop')
    """Position of the top of the right nostril wing."""
    nose_left_alar_out_tip: LandmarkCoordinate = rest_field(name='noseLeftAlarOutTip')
    """Position of the outer tip of the left nostril wing."""
    nose_right_alar_out_tip: LandmarkCoordinate = rest_field(name='noseRightAlarOutTip')
    """Position of the outer tip of the right nostril wing."""
    upper_lip_top: LandmarkCoordinate = rest_field(name='upperLipTop')
    """Position of the top of the upper lip."""
    upper_lip_bottom: LandmarkCoordinate = rest_field(name='upperLipBottom')
    """Position of the bottom of the upper lip."""
    under_lip_top: LandmarkCoordinate = rest_field(name='underLipTop')
    """Position of the top of the lower lip."""
    under_lip_bottom: LandmarkCoordinate = rest_field(name='underLipBottom')
    """Position of the bottom of the lower lip."""

    @overload
    def __init__(
        self,
        *,
        pupil_left: LandmarkCoordinate,
        pupil_right: LandmarkCoordinate,
        nose_tip: LandmarkCoordinate,
        mouth_left: LandmarkCoordinate,
        mouth_right: LandmarkCoordinate,
        eyebrow_left_outer: LandmarkCoordinate,
        eyebrow_left_inner: LandmarkCoordinate,
        eye_left_outer: LandmarkCoordinate,
        eye_left_top: LandmarkCoordinate,
        eye_left_bottom: LandmarkCoordinate,
        eye_left_inner: LandmarkCoordinate,
        eyebrow_right_inner: LandmarkCoordinate,
        eyebrow_right_outer: LandmarkCoordinate,
        eye_right_inner: LandmarkCoordinate,
        eye_right_top: LandmarkCoordinate,
        eye_right_bottom: LandmarkCoordinate,
        eye_right_outer: LandmarkCoordinate,
        nose_root_left: LandmarkCoordinate,
        nose_root_right: LandmarkCoordinate,
        nose_left_alar_top: LandmarkCoordinate,
        nose_right_alar_top: LandmarkCoordinate,
        nose_left_alar_out_tip: LandmarkCoordinate,
        nose_right_alar_out_tip: LandmarkCoordinate,
        upper_lip_top: LandmarkCoordinate,
        upper_lip_bottom: LandmarkCoordinate,
        under_lip_top: LandmarkCoordinate,
        under_lip_bottom: LandmarkCoordinate,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceRectangle(Model):
    """Rectangle that bounds a face within an image."""

    __slots__ = ()

    top: int = rest_field(name='top')
    """Distance from the top edge of the image to the top of the rectangle, in pixels."""
    left: int = rest_field(name='left')
    """Distance from the left edge of the image to the left of the rectangle, in pixels."""
    width: int = rest_field(name='width')
    """Width of the rectangle, in pixels."""
    height: int = rest_field(name='height')
    """Height of the rectangle, in pixels."""

    @overload
    def __init__(
        self,
        *,
        top: int,
        left: int,
        width: int,
        height: int,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceTrainingResult(Model):
    """Training state of a person group, large person group or large face list."""

    __slots__ = ()

    status: Union[str, FaceOperationStatus] = rest_field(name='status')
    """Training status: notStarted, running, succeeded or failed."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """UTC time the container was created."""
    last_action_date_time: datetime = rest_field(name='lastActionDateTime')
    """UTC time the container was last modified; may be null if training never succeeded."""
    last_successful_training_date_time: datetime = rest_field(name='lastSuccessfulTrainingDateTime')
    """UTC time of the last successful training."""
    message: Optional[str] = rest_field(name='message')
    """Failure message when training failed; absent on success."""

    @overload
    def __init__(
        self,
        *,
        status: Union[str, FaceOperationStatus],
        created_date_time: datetime,
        last_action_date_time: datetime,
        last_successful_training_date_time: datetime,
        message: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceVerificationResult(Model):
    """Result of verifying whether faces belong to the same person."""

    __slots__ = ()

    is_identical: bool = rest_field(name='isIdentical')
    """True if the two faces, or the face and the person, are the same person."""
    confidence: float = rest_field(name='confidence')
    """Similarity confidence from 0 to 1; is_identical is true at 0.5 or above by default."""

    @overload
    def __init__(
        self,
        *,
        is_identical: bool,
        confidence: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FacialHair(Model):
    """Confidence scores for facial hair."""

    __slots__ = ()

    moustache: float = rest_field(name='moustache')
    """Confidence of a moustache, from 0 to 1."""
    beard: float = rest_field(name='beard')
    """Confidence of a beard, from 0 to 1."""
    sideburns: float = rest_field(name='sideburns')
    """Confidence of sideburns, from 0 to 1."""

    @overload
    def __init__(
        self,
        *,
        moustache: float,
        beard: float,
        sideburns: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class HairColor(Model):
    """A candidate hair color with its confidence."""

    __slots__ = ()

    color: Union[str, HairColorType] = rest_field(name='color')
    """Hair color name."""
    confidence: float = rest_field(name='confidence')
    """Confidence of the color, from 0 to 1."""

    @overload
    def __init__(
        self,
        *,
        color: Union[str, HairColorType],
        confidence: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class HairProperties(Model):
    """Hair attributes of a face."""

    __slots__ = ()

    bald: float = rest_field(name='bald')
    """Confidence that the person is bald, from 0 to 1."""
    invisible: bool = rest_field(name='invisible')
    """Whether the hair cannot be seen in the image."""
    hair_color: List[HairColor] = rest_field(name='hairColor')
    """Candidate hair colors with their confidence."""

    @overload
    def __init__(
        self,
        *,
        bald: float,
        invisible: bool,
        hair_color: List[HairColor],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class HeadPose(Model):
    """Orientation of the head in three dimensions."""

    __slots__ = ()

    pitch: float = rest_field(name='pitch')
    """Pitch angle of the head."""
    roll: float = rest_field(name='roll')
    """Roll angle of the head."""
    yaw: float = rest_field(name='yaw')
    """Yaw angle of the head."""

    @overload
    def __init__(
        self,
        *,
        pitch: float,
        roll: float,
        yaw: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LandmarkCoordinate(Model):
    """A point within an image."""

    __slots__ = ()

    x: float = rest_field(name='x')
    """Horizontal coordinate, in pixels."""
    y: float = rest_field(name='y')
    """Vertical coordinate, in pixels."""

    @overload
    def __init__(
        self,
        *,
        x: float,
        y: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LargeFaceList(Model):
    """A list of up to 1,000,000 faces."""

    __slots__ = ()

    large_face_list_id: str = rest_field(name='largeFaceListId', visibility=["read"])
    """ID of the list: lowercase letters, digits, '-' or '_', at most 64 characters."""
    name: str = rest_field(name='name')
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name='userData')
    """Optional data defined by the caller; at most 16K characters."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """Recognition model used to extract features from the faces in this container."""

    @overload
    def __init__(
        self,
        *,
        name: str,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, FaceRecognitionModel]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LargeFaceListFace(Model):
    """A face stored in a large face list."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId', visibility=["read"])
    """ID of the stored face."""
    user_data: Optional[str] = rest_field(name='userData')
    """Optional data defined by the caller for this face; at most 1K characters."""

    @overload
    def __init__(
        self,
        *,
        user_data: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LargePersonGroup(Model):
    """A container of up to 1,000,000 people and their face data."""

    __slots__ = ()

    large_person_group_id: str = rest_field(name='largePersonGroupId', visibility=["read"])
    """ID of the group."""
    name: str = rest_field(name='name')
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name='userData')
    """Optional data defined by the caller; at most 16K characters."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """Recognition model used to extract features from the faces in this container."""

    @overload
    def __init__(
        self,
        *,
        name: str,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, FaceRecognitionModel]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LargePersonGroupPerson(Model):
    """A person in a large person group; faces are added to it separately."""

    __slots__ = ()

    person_id: str = rest_field(name='personId', visibility=["read"])
    """ID of the person."""
    name: str = rest_field(name='name')
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name='userData')
    """Optional data defined by the caller; at most 16K characters."""
    persisted_face_ids: Optional[List[str]] = rest_field(name='persistedFaceIds')
    """IDs of the faces stored for the person."""

    @overload
    def __init__(
        self,
        *,
        name: str,
        user_data: Optional[str] = None,
        persisted_face_ids: Optional[List[str]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LargePersonGroupPersonFace(Model):
    """A face stored for a person in a large person group."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId', visibility=["read"])
    """ID of the stored face."""
    user_data: Optional[str] = rest_field(name='userData')
    """Optional data defined by the caller for this face; at most 1K characters."""

    @overload
    def __init__(
        self,
        *,
        user_data: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessOutputsTarget(Model):
    """Face on which the liveness decision was made."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """Rectangle around the face that was classified, in pixels."""
    file_name: str = rest_field(name='fileName')
    """Name of the file holding the classified face."""
    time_offset_within_file: int = rest_field(name='timeOffsetWithinFile')
    """Time offset of the classified frame within the file."""
    image_type: Union[str, FaceImageType] = rest_field(name='imageType')
    """Kind of image holding the classified face: Color, Infrared or Depth."""

    @overload
    def __init__(
        self,
        *,
        face_rectangle: FaceRectangle,
        file_name: str,
        time_offset_within_file: int,
        image_type: Union[str, FaceImageType],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessResponseBody(Model):
    """Response body of a liveness detection call."""

    __slots__ = ()

    liveness_decision: Optional[Union[str, FaceLivenessDecision]] = rest_field(name='livenessDecision')
    """Liveness decision for the target face."""
    target: Optional[LivenessOutputsTarget] = rest_field(name='target')
    """Face on which the decision was made."""
    model_version_used: Optional[Union[str, LivenessModel]] = rest_field(name='modelVersionUsed')
    """Version of the liveness model that made the decision."""
    verify_result: Optional[LivenessWithVerifyOutputs] = rest_field(name='verifyResult')
    """Face verification result; only for liveness with verify."""

    @overload
    def __init__(
        self,
        *,
        liveness_decision: Optional[Union[str, FaceLivenessDecision]] = None,
        target: Optional[LivenessOutputsTarget] = None,
        model_version_used: Optional[Union[str, LivenessModel]] = None,
        verify_result: Optional[LivenessWithVerifyOutputs] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSession(Model):
    """State and latest result of a liveness session."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """Unique ID of the session."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """Time the session was created."""
    session_expired: bool = rest_field(name='sessionExpired')
    """Whether the session has expired."""
    status: Union[str, FaceSessionStatus] = rest_field(name='status')
    """Current status of the session."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """Time the client started the session."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """GUID of the end-user device, used for rate limiting; null when the client sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """Lifetime of the session, in seconds: 60 to 86400, 600 by default."""
    result: Optional[LivenessSessionAuditEntry] = rest_field(name='result')
    """Latest audit entry; set only when status is ResultAvailable."""

    @overload
    def __init__(
        self,
        *,
        created_date_time: datetime,
        session_expired: bool,
        status: Union[str, FaceSessionStatus],
        session_start_date_time: Optional[datetime] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
        result: Optional[LivenessSessionAuditEntry] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSessionAuditEntry(Model):
    """Audit record of one request made in a liveness session."""

    __slots__ = ()

    id: int = rest_field(name='id')
    """ID of the entry; pass it as 'start' to page to the next entries."""
    session_id: str = rest_field(name='sessionId')
    """ID of the session; it expires 48 hours after creation unless deleted sooner."""
    request_id: str = rest_field(name='requestId')
    """Request ID the service returned in the 'apim-request-id' header."""
    client_request_id: str = rest_field(name='clientRequestId')
    """Request ID the client sent in the 'client-request-id' header."""
    received_date_time: datetime = rest_field(name='receivedDateTime')
    """UTC time the request was received."""
    request: AuditRequestInfo = rest_field(name='request')
    """The audited request."""
    response: AuditLivenessResponseInfo = rest_field(name='response')
    """The audited response."""
    digest: str = rest_field(name='digest')
    """Digest computed by the server; if it differs from the client's, do not trust the result."""
    session_image_id: Optional[str] = rest_field(name='sessionImageId')
    """ID of the image stored for the session request."""
    verify_image_hash: Optional[str] = rest_field(name='verifyImageHash')
    """SHA-256 hash of the verify image sent in the request."""

    @overload
    def __init__(
        self,
        *,
        id: int,
        session_id: str,
        request_id: str,
        client_request_id: str,
        received_date_time: datetime,
        request: AuditRequestInfo,
        response: AuditLivenessResponseInfo,
        digest: str,
        session_image_id: Optional[str] = None,
        verify_image_hash: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSessionItem(Model):
    """Summary of a liveness session, as returned when listing sessions."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """Unique ID of the session."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """Time the session was created."""
    session_expired: bool = rest_field(name='sessionExpired')
    """Whether the session has expired."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """Time the client started the session."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """GUID of the end-user device, used for rate limiting; null when the client sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """Lifetime of the session, in seconds: 60 to 86400, 600 by default."""

    @overload
    def __init__(
        self,
        *,
        created_date_time: datetime,
        session_expired: bool,
        session_start_date_time: Optional[datetime] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifyImage(Model):
    """Face found in the verify image."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """Rectangle around the face in the verify image, in pixels."""
    quality_for_recognition: Union[str, QualityForRecognition] = rest_field(name='qualityForRecognition')
    """Recognition quality of the face: low, medium or high."""

    @overload
    def __init__(
        self,
        *,
        face_rectangle: FaceRectangle,
        quality_for_recognition: Union[str, QualityForRecognition],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifyOutputs(Model):
    """Result of verifying the live face against the verify image."""

    __slots__ = ()

    verify_image: LivenessWithVerifyImage = rest_field(name='verifyImage')
    """Face found in the verify image."""
    match_confidence: float = rest_field(name='matchConfidence')
    """Confidence that the live face matches the verify image face, from 0 to 1."""
    is_identical: bool = rest_field(name='isIdentical')
    """Whether the live face and the verify image face match."""

    @overload
    def __init__(
        self,
        *,
        verify_image: LivenessWithVerifyImage,
        match_confidence: float,
        is_identical: bool,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifySession(Model):
    """State and latest result of a liveness session with verification."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """Unique ID of the session."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """Time the session was created."""
    session_expired: bool = rest_field(name='sessionExpired')
    """Whether the session has expired."""
    status: Union[str, FaceSessionStatus] = rest_field(name='status')
    """Current status of the session."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """Time the client started the session."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """GUID of the end-user device, used for rate limiting; null when the client sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """Lifetime of the session, in seconds: 60 to 86400, 600 by default."""
    result: Optional[LivenessSessionAuditEntry] = rest_field(name='result')
    """Latest audit entry; set only when status is ResultAvailable."""

    @overload
    def __init__(
        self,
        *,
        created_date_time: datetime,
        session_expired: bool,
        status: Union[str, FaceSessionStatus],
        session_start_date_time: Optional[datetime] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
        result: Optional[LivenessSessionAuditEntry] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class MaskProperties(Model):
    """Whether a mask is worn on the face, and what kind."""

    __slots__ = ()

    nose_and_mouth_covered: bool = rest_field(name='noseAndMouthCovered')
    """Whether the nose and mouth are covered."""
    type: Union[str, MaskType] = rest_field(name='type')
    """Kind of mask: faceMask, noMask, otherMaskOrOcclusion or uncertain."""

    @overload
    def __init__(
        self,
        *,
        nose_and_mouth_covered: bool,
        type: Union[str, MaskType],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class NoiseProperties(Model):
    """How noisy the face pixels are."""

    __slots__ = ()

    noise_level: Union[str, NoiseLevel] = rest_field(name='noiseLevel')
    """Noise level: low, medium or high."""
    value: float = rest_field(name='value')
    """Noise score from 0 to 1: below 0.3 is low, 0.7 and above is high, medium in between."""

    @overload
    def __init__(
        self,
        *,
        noise_level: Union[str, NoiseLevel],
        value: float,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class OcclusionProperties(Model):
    """Which parts of the face are hidden."""

    __slots__ = ()

    forehead_occluded: bool = rest_field(name='foreheadOccluded')
    """Whether the forehead is hidden."""
    eye_occluded: bool = rest_field(name='eyeOccluded')
    """Whether the eyes are hidden."""
    mouth_occluded: bool = rest_field(name='mouthOccluded')
    """Whether the mouth is hidden."""

    @overload
    def __init__(
        self,
        *,
        forehead_occluded: bool,
        eye_occluded: bool,
        mouth_occluded: bool,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

