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
    FaceAttributeTypeDetection01,
    FaceAttributeTypeDetection03,
    FaceAttributeTypeRecognition03,
    FaceAttributeTypeRecognition04,
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
    """TODO-DOC AccessoryItem."""

    __slots__ = ()

    type: Union[str, AccessoryType] = rest_field(name='type')
    """TODO-DOC type."""
    confidence: float = rest_field(name='confidence')
    """TODO-DOC confidence."""

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
    """TODO-DOC AddFaceResult."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId')
    """TODO-DOC persisted face id."""

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
    """TODO-DOC AuditLivenessResponseInfo."""

    __slots__ = ()

    body: LivenessResponseBody = rest_field(name='body')
    """TODO-DOC body."""
    status_code: int = rest_field(name='statusCode')
    """TODO-DOC status code."""
    latency_in_milliseconds: int = rest_field(name='latencyInMilliseconds')
    """TODO-DOC latency in milliseconds."""

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
    """TODO-DOC AuditRequestInfo."""

    __slots__ = ()

    url: str = rest_field(name='url')
    """TODO-DOC url."""
    method: str = rest_field(name='method')
    """TODO-DOC method."""
    content_type: str = rest_field(name='contentType')
    """TODO-DOC content type."""
    content_length: Optional[int] = rest_field(name='contentLength')
    """TODO-DOC content length."""
    user_agent: Optional[str] = rest_field(name='userAgent')
    """TODO-DOC user agent."""

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
    """TODO-DOC BlurProperties."""

    __slots__ = ()

    blur_level: Union[str, BlurLevel] = rest_field(name='blurLevel')
    """TODO-DOC blur level."""
    value: float = rest_field(name='value')
    """TODO-DOC value."""

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
    """TODO-DOC CreateLivenessSessionContent."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """TODO-DOC liveness operation mode."""
    send_results_to_client: Optional[bool] = rest_field(name='sendResultsToClient')
    """TODO-DOC send results to client."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """TODO-DOC device correlation id set in client."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """TODO-DOC enable session image."""
    liveness_single_modal_model: Optional[Union[str, LivenessModel]] = rest_field(name='livenessSingleModalModel')
    """TODO-DOC liveness single modal model."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """TODO-DOC device correlation id."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """TODO-DOC auth token time to live in seconds."""

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
    """TODO-DOC CreateLivenessSessionResult."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId')
    """TODO-DOC session id."""
    auth_token: str = rest_field(name='authToken')
    """TODO-DOC auth token."""

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
    """TODO-DOC CreateLivenessWithVerifySessionContent."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """TODO-DOC liveness operation mode."""
    send_results_to_client: Optional[bool] = rest_field(name='sendResultsToClient')
    """TODO-DOC send results to client."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """TODO-DOC device correlation id set in client."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """TODO-DOC enable session image."""
    liveness_single_modal_model: Optional[Union[str, LivenessModel]] = rest_field(name='livenessSingleModalModel')
    """TODO-DOC liveness single modal model."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """TODO-DOC device correlation id."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """TODO-DOC auth token time to live in seconds."""
    return_verify_image_hash: Optional[bool] = rest_field(name='returnVerifyImageHash')
    """TODO-DOC return verify image hash."""
    verify_confidence_threshold: Optional[float] = rest_field(name='verifyConfidenceThreshold')
    """TODO-DOC verify confidence threshold."""

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
    """TODO-DOC CreateLivenessWithVerifySessionMultipartContent."""

    __slots__ = ()

    parameters: CreateLivenessWithVerifySessionContent = rest_field(name='Parameters')
    """TODO-DOC parameters."""
    verify_image: Union[str, bytes, IO[str], IO[bytes], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]]], Tuple[Optional[str], Union[str, bytes, IO[str], IO[bytes]], Optional[str]]] = rest_field(name='VerifyImage', is_multipart_file_input=True)
    """TODO-DOC verify image."""

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
    """TODO-DOC CreateLivenessWithVerifySessionResult."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId')
    """TODO-DOC session id."""
    auth_token: str = rest_field(name='authToken')
    """TODO-DOC auth token."""
    verify_image: Optional[LivenessWithVerifyImage] = rest_field(name='verifyImage')
    """TODO-DOC verify image."""

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
    """TODO-DOC CreatePersonResult."""

    __slots__ = ()

    person_id: str = rest_field(name='personId')
    """TODO-DOC person id."""

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
    """TODO-DOC ExposureProperties."""

    __slots__ = ()

    exposure_level: Union[str, ExposureLevel] = rest_field(name='exposureLevel')
    """TODO-DOC exposure level."""
    value: float = rest_field(name='value')
    """TODO-DOC value."""

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
    """TODO-DOC FaceAttributes."""

    __slots__ = ()

    age: Optional[float] = rest_field(name='age')
    """TODO-DOC age."""
    smile: Optional[float] = rest_field(name='smile')
    """TODO-DOC smile."""
    facial_hair: Optional[FacialHair] = rest_field(name='facialHair')
    """TODO-DOC facial hair."""
    glasses: Optional[Union[str, GlassesType]] = rest_field(name='glasses')
    """TODO-DOC glasses."""
    head_pose: Optional[HeadPose] = rest_field(name='headPose')
    """TODO-DOC head pose."""
    hair: Optional[HairProperties] = rest_field(name='hair')
    """TODO-DOC hair."""
    occlusion: Optional[OcclusionProperties] = rest_field(name='occlusion')
    """TODO-DOC occlusion."""
    accessories: Optional[List[AccessoryItem]] = rest_field(name='accessories')
    """TODO-DOC accessories."""
    blur: Optional[BlurProperties] = rest_field(name='blur')
    """TODO-DOC blur."""
    exposure: Optional[ExposureProperties] = rest_field(name='exposure')
    """TODO-DOC exposure."""
    noise: Optional[NoiseProperties] = rest_field(name='noise')
    """TODO-DOC noise."""
    mask: Optional[MaskProperties] = rest_field(name='mask')
    """TODO-DOC mask."""
    quality_for_recognition: Optional[Union[str, QualityForRecognition]] = rest_field(name='qualityForRecognition')
    """TODO-DOC quality for recognition."""

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
    """TODO-DOC FaceDetectionResult."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """TODO-DOC face rectangle."""
    face_id: Optional[str] = rest_field(name='faceId')
    """TODO-DOC face id."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """TODO-DOC recognition model."""
    face_landmarks: Optional[FaceLandmarks] = rest_field(name='faceLandmarks')
    """TODO-DOC face landmarks."""
    face_attributes: Optional[FaceAttributes] = rest_field(name='faceAttributes')
    """TODO-DOC face attributes."""

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
    """TODO-DOC FaceError."""

    __slots__ = ()

    code: str = rest_field(name='code')
    """TODO-DOC code."""
    message: str = rest_field(name='message')
    """TODO-DOC message."""

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
    """TODO-DOC FaceErrorResponse."""

    __slots__ = ()

    error: FaceError = rest_field(name='error')
    """TODO-DOC error."""

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
    """TODO-DOC FaceFindSimilarResult."""

    __slots__ = ()

    confidence: float = rest_field(name='confidence')
    """TODO-DOC confidence."""
    face_id: Optional[str] = rest_field(name='faceId')
    """TODO-DOC face id."""
    persisted_face_id: Optional[str] = rest_field(name='persistedFaceId')
    """TODO-DOC persisted face id."""

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
    """TODO-DOC FaceGroupingResult."""

    __slots__ = ()

    groups: List[List[str]] = rest_field(name='groups')
    """TODO-DOC groups."""
    messy_group: List[str] = rest_field(name='messyGroup')
    """TODO-DOC messy group."""

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
    """TODO-DOC FaceIdentificationCandidate."""

    __slots__ = ()

    person_id: str = rest_field(name='personId')
    """TODO-DOC person id."""
    confidence: float = rest_field(name='confidence')
    """TODO-DOC confidence."""

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
    """TODO-DOC FaceIdentificationResult."""

    __slots__ = ()

    face_id: str = rest_field(name='faceId')
    """TODO-DOC face id."""
    candidates: List[FaceIdentificationCandidate] = rest_field(name='candidates')
    """TODO-DOC candidates."""

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
    """TODO-DOC FaceLandmarks."""

    __slots__ = ()

    pupil_left: LandmarkCoordinate = rest_field(name='pupilLeft')
    """TODO-DOC pupil left."""
    pupil_right: LandmarkCoordinate = rest_field(name='pupilRight')
    """TODO-DOC pupil right."""
    nose_tip: LandmarkCoordinate = rest_field(name='noseTip')
    """TODO-DOC nose tip."""
    mouth_left: LandmarkCoordinate = rest_field(name='mouthLeft')
    """TODO-DOC mouth left."""
    mouth_right: LandmarkCoordinate = rest_field(name='mouthRight')
    """TODO-DOC mouth right."""
    eyebrow_left_outer: LandmarkCoordinate = rest_field(name='eyebrowLeftOuter')
    """TODO-DOC eyebrow left outer."""
    eyebrow_left_inner: LandmarkCoordinate = rest_field(name='eyebrowLeftInner')
    """TODO-DOC eyebrow left inner."""
    eye_left_outer: LandmarkCoordinate = rest_field(name='eyeLeftOuter')
    """TODO-DOC eye left outer."""
    eye_left_top: LandmarkCoordinate = rest_field(name='eyeLeftTop')
    """TODO-DOC eye left top."""
    eye_left_bottom: LandmarkCoordinate = rest_field(name='eyeLeftBottom')
    """TODO-DOC eye left bottom."""
    eye_left_inner: LandmarkCoordinate = rest_field(name='eyeLeftInner')
    """TODO-DOC eye left inner."""
    eyebrow_right_inner: LandmarkCoordinate = rest_field(name='eyebrowRightInner')
    """TODO-DOC eyebrow right inner."""
    eyebrow_right_outer: LandmarkCoordinate = rest_field(name='eyebrowRightOuter')
    """TODO-DOC eyebrow right outer."""
    eye_right_inner: LandmarkCoordinate = rest_field(name='eyeRightInner')
    """TODO-DOC eye right inner."""
    eye_right_top: LandmarkCoordinate = rest_field(name='eyeRightTop')
    """TODO-DOC eye right top."""
    eye_right_bottom: LandmarkCoordinate = rest_field(name='eyeRightBottom')
    """TODO-DOC eye right bottom."""
    eye_right_outer: LandmarkCoordinate = rest_field(name='eyeRightOuter')
    """TODO-DOC eye right outer."""
    nose_root_left: LandmarkCoordinate = rest_field(name='noseRootLeft')
    """TODO-DOC nose root left."""
    nose_root_right: LandmarkCoordinate = rest_field(name='noseRootRight')
    """TODO-DOC nose root right."""
    nose_left_alar_top: LandmarkCoordinate = rest_field(name='noseLeftAlarTop')
    """TODO-DOC nose left alar top."""
    nose_right_alar_top: LandmarkCoordinate = rest_field(name='noseRightAlarTop')
    """TODO-DOC nose right alar top."""
    nose_left_alar_out_tip: LandmarkCoordinate = rest_field(name='noseLeftAlarOutTip')
    """TODO-DOC nose left alar out tip."""
    nose_right_alar_out_tip: LandmarkCoordinate = rest_field(name='noseRightAlarOutTip')
    """TODO-DOC nose right alar out tip."""
    upper_lip_top: LandmarkCoordinate = rest_field(name='upperLipTop')
    """TODO-DOC upper lip top."""
    upper_lip_bottom: LandmarkCoordinate = rest_field(name='upperLipBottom')
    """TODO-DOC upper lip bottom."""
    under_lip_top: LandmarkCoordinate = rest_field(name='underLipTop')
    """TODO-DOC under lip top."""
    under_lip_bottom: LandmarkCoordinate = rest_field(name='underLipBottom')
    """TODO-DOC under lip bottom."""

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
    """TODO-DOC FaceRectangle."""

    __slots__ = ()

    top: int = rest_field(name='top')
    """TODO-DOC top."""
    left: int = rest_field(name='left')
    """TODO-DOC left."""
    width: int = rest_field(name='width')
    """TODO-DOC width."""
    height: int = rest_field(name='height')
    """TODO-DOC height."""

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
    """TODO-DOC FaceTrainingResult."""

    __slots__ = ()

    status: Union[str, FaceOperationStatus] = rest_field(name='status')
    """TODO-DOC status."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """TODO-DOC created date time."""
    last_action_date_time: datetime = rest_field(name='lastActionDateTime')
    """TODO-DOC last action date time."""
    last_successful_training_date_time: datetime = rest_field(name='lastSuccessfulTrainingDateTime')
    """TODO-DOC last successful training date time."""
    message: Optional[str] = rest_field(name='message')
    """TODO-DOC message."""

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
    """TODO-DOC FaceVerificationResult."""

    __slots__ = ()

    is_identical: bool = rest_field(name='isIdentical')
    """TODO-DOC is identical."""
    confidence: float = rest_field(name='confidence')
    """TODO-DOC confidence."""

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
    """TODO-DOC FacialHair."""

    __slots__ = ()

    moustache: float = rest_field(name='moustache')
    """TODO-DOC moustache."""
    beard: float = rest_field(name='beard')
    """TODO-DOC beard."""
    sideburns: float = rest_field(name='sideburns')
    """TODO-DOC sideburns."""

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
    """TODO-DOC HairColor."""

    __slots__ = ()

    color: Union[str, HairColorType] = rest_field(name='color')
    """TODO-DOC color."""
    confidence: float = rest_field(name='confidence')
    """TODO-DOC confidence."""

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
    """TODO-DOC HairProperties."""

    __slots__ = ()

    bald: float = rest_field(name='bald')
    """TODO-DOC bald."""
    invisible: bool = rest_field(name='invisible')
    """TODO-DOC invisible."""
    hair_color: List[HairColor] = rest_field(name='hairColor')
    """TODO-DOC hair color."""

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
    """TODO-DOC HeadPose."""

    __slots__ = ()

    pitch: float = rest_field(name='pitch')
    """TODO-DOC pitch."""
    roll: float = rest_field(name='roll')
    """TODO-DOC roll."""
    yaw: float = rest_field(name='yaw')
    """TODO-DOC yaw."""

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
    """TODO-DOC LandmarkCoordinate."""

    __slots__ = ()

    x: float = rest_field(name='x')
    """TODO-DOC x."""
    y: float = rest_field(name='y')
    """TODO-DOC y."""

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
    """TODO-DOC LargeFaceList."""

    __slots__ = ()

    large_face_list_id: str = rest_field(name='largeFaceListId', visibility=["read"])
    """TODO-DOC large face list id."""
    name: str = rest_field(name='name')
    """TODO-DOC name."""
    user_data: Optional[str] = rest_field(name='userData')
    """TODO-DOC user data."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """TODO-DOC recognition model."""

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
    """TODO-DOC LargeFaceListFace."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId', visibility=["read"])
    """TODO-DOC persisted face id."""
    user_data: Optional[str] = rest_field(name='userData')
    """TODO-DOC user data."""

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
    """TODO-DOC LargePersonGroup."""

    __slots__ = ()

    large_person_group_id: str = rest_field(name='largePersonGroupId', visibility=["read"])
    """TODO-DOC large person group id."""
    name: str = rest_field(name='name')
    """TODO-DOC name."""
    user_data: Optional[str] = rest_field(name='userData')
    """TODO-DOC user data."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name='recognitionModel')
    """TODO-DOC recognition model."""

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
    """TODO-DOC LargePersonGroupPerson."""

    __slots__ = ()

    person_id: str = rest_field(name='personId', visibility=["read"])
    """TODO-DOC person id."""
    name: str = rest_field(name='name')
    """TODO-DOC name."""
    user_data: Optional[str] = rest_field(name='userData')
    """TODO-DOC user data."""
    persisted_face_ids: Optional[List[str]] = rest_field(name='persistedFaceIds')
    """TODO-DOC persisted face ids."""

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
    """TODO-DOC LargePersonGroupPersonFace."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name='persistedFaceId', visibility=["read"])
    """TODO-DOC persisted face id."""
    user_data: Optional[str] = rest_field(name='userData')
    """TODO-DOC user data."""

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
    """TODO-DOC LivenessOutputsTarget."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """TODO-DOC face rectangle."""
    file_name: str = rest_field(name='fileName')
    """TODO-DOC file name."""
    time_offset_within_file: int = rest_field(name='timeOffsetWithinFile')
    """TODO-DOC time offset within file."""
    image_type: Union[str, FaceImageType] = rest_field(name='imageType')
    """TODO-DOC image type."""

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
    """TODO-DOC LivenessResponseBody."""

    __slots__ = ()

    liveness_decision: Optional[Union[str, FaceLivenessDecision]] = rest_field(name='livenessDecision')
    """TODO-DOC liveness decision."""
    target: Optional[LivenessOutputsTarget] = rest_field(name='target')
    """TODO-DOC target."""
    model_version_used: Optional[Union[str, LivenessModel]] = rest_field(name='modelVersionUsed')
    """TODO-DOC model version used."""
    verify_result: Optional[LivenessWithVerifyOutputs] = rest_field(name='verifyResult')
    """TODO-DOC verify result."""

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
    """TODO-DOC LivenessSession."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """TODO-DOC id."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """TODO-DOC created date time."""
    session_expired: bool = rest_field(name='sessionExpired')
    """TODO-DOC session expired."""
    status: Union[str, FaceSessionStatus] = rest_field(name='status')
    """TODO-DOC status."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """TODO-DOC session start date time."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """TODO-DOC device correlation id."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """TODO-DOC auth token time to live in seconds."""
    result: Optional[LivenessSessionAuditEntry] = rest_field(name='result')
    """TODO-DOC result."""

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
    """TODO-DOC LivenessSessionAuditEntry."""

    __slots__ = ()

    id: int = rest_field(name='id')
    """TODO-DOC id."""
    session_id: str = rest_field(name='sessionId')
    """TODO-DOC session id."""
    request_id: str = rest_field(name='requestId')
    """TODO-DOC request id."""
    client_request_id: str = rest_field(name='clientRequestId')
    """TODO-DOC client request id."""
    received_date_time: datetime = rest_field(name='receivedDateTime')
    """TODO-DOC received date time."""
    request: AuditRequestInfo = rest_field(name='request')
    """TODO-DOC request."""
    response: AuditLivenessResponseInfo = rest_field(name='response')
    """TODO-DOC response."""
    digest: str = rest_field(name='digest')
    """TODO-DOC digest."""
    session_image_id: Optional[str] = rest_field(name='sessionImageId')
    """TODO-DOC session image id."""
    verify_image_hash: Optional[str] = rest_field(name='verifyImageHash')
    """TODO-DOC verify image hash."""

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
    """TODO-DOC LivenessSessionItem."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """TODO-DOC id."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """TODO-DOC created date time."""
    session_expired: bool = rest_field(name='sessionExpired')
    """TODO-DOC session expired."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """TODO-DOC session start date time."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """TODO-DOC device correlation id."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """TODO-DOC auth token time to live in seconds."""

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
    """TODO-DOC LivenessWithVerifyImage."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """TODO-DOC face rectangle."""
    quality_for_recognition: Union[str, QualityForRecognition] = rest_field(name='qualityForRecognition')
    """TODO-DOC quality for recognition."""

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
    """TODO-DOC LivenessWithVerifyOutputs."""

    __slots__ = ()

    verify_image: LivenessWithVerifyImage = rest_field(name='verifyImage')
    """TODO-DOC verify image."""
    match_confidence: float = rest_field(name='matchConfidence')
    """TODO-DOC match confidence."""
    is_identical: bool = rest_field(name='isIdentical')
    """TODO-DOC is identical."""

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
    """TODO-DOC LivenessWithVerifySession."""

    __slots__ = ()

    id: str = rest_field(name='id', visibility=["read"])
    """TODO-DOC id."""
    created_date_time: datetime = rest_field(name='createdDateTime')
    """TODO-DOC created date time."""
    session_expired: bool = rest_field(name='sessionExpired')
    """TODO-DOC session expired."""
    status: Union[str, FaceSessionStatus] = rest_field(name='status')
    """TODO-DOC status."""
    session_start_date_time: Optional[datetime] = rest_field(name='sessionStartDateTime')
    """TODO-DOC session start date time."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """TODO-DOC device correlation id."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """TODO-DOC auth token time to live in seconds."""
    result: Optional[LivenessSessionAuditEntry] = rest_field(name='result')
    """TODO-DOC result."""

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
    """TODO-DOC MaskProperties."""

    __slots__ = ()

    nose_and_mouth_covered: bool = rest_field(name='noseAndMouthCovered')
    """TODO-DOC nose and mouth covered."""
    type: Union[str, MaskType] = rest_field(name='type')
    """TODO-DOC type."""

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
    """TODO-DOC NoiseProperties."""

    __slots__ = ()

    noise_level: Union[str, NoiseLevel] = rest_field(name='noiseLevel')
    """TODO-DOC noise level."""
    value: float = rest_field(name='value')
    """TODO-DOC value."""

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
    """TODO-DOC OcclusionProperties."""

    __slots__ = ()

    forehead_occluded: bool = rest_field(name='foreheadOccluded')
    """TODO-DOC forehead occluded."""
    eye_occluded: bool = rest_field(name='eyeOccluded')
    """TODO-DOC eye occluded."""
    mouth_occluded: bool = rest_field(name='mouthOccluded')
    """TODO-DOC mouth occluded."""

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

