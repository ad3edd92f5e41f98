# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Liveness sessions of the GA Face API (``api_version="v1.2"``): their settings, states, attempts and results.

The GA API reshaped the sessions of the previews (routes ``/detectLiveness-sessions`` and
``/detectLivenessWithVerify-sessions``, results as a list of attempts), so its sessions have models of their own;
the published preview models (``LivenessSession``, ``LivenessWithVerifySession``, ...) keep exactly their fields.
"""
# pylint: disable=too-many-lines
from __future__ import annotations

from enum import Enum
from typing import Any, List, Mapping, Optional, Union, overload

from azure.core import CaseInsensitiveEnumMeta

from .._model_base import Model, rest_field
from ._enums import FaceImageType, FaceLivenessDecision, LivenessOperationMode, QualityForRecognition
from ._models import FaceRectangle


class OperationState(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """State of a GA liveness session or of one of its attempts."""

    NOT_STARTED = "NotStarted"
    """Created; no attempt yet."""
    RUNNING = "Running"
    """Under way: attempts are being made."""
    SUCCEEDED = "Succeeded"
    """Finished with a result."""
    FAILED = "Failed"
    """Finished without a result."""
    CANCELED = "Canceled"
    """Stopped before it finished."""


class LivenessModelVersion(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Liveness models of the GA Face API."""

    V2024_11_15 = "2024-11-15"
    """The model of 2024-11-15."""


class LivenessSessionOptions(Model):
    """Settings of a new liveness session (API version ``v1.2``)."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """How the client application checks liveness: ``Passive`` or ``PassiveActive``."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """Whether the client application supplies the device correlation id itself."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """Whether the service keeps an image of each attempt (see ``get_session_image``)."""
    liveness_model_version: Optional[Union[str, LivenessModelVersion]] = rest_field(name='livenessModelVersion')
    """The liveness model to run; the service's latest when left out."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """An id that ties the session to one device; needed unless the client application sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """How long the session's token stays valid, in seconds: 60 to 86400 (600 by default)."""

    @overload
    def __init__(
        self,
        *,
        liveness_operation_mode: Union[str, LivenessOperationMode],
        device_correlation_id_set_in_client: Optional[bool] = None,
        enable_session_image: Optional[bool] = None,
        liveness_model_version: Optional[Union[str, LivenessModelVersion]] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifySessionOptions(Model):
    """Settings of a new liveness-with-verify session (API version ``v1.2``); sent as form fields next to the verify image."""

    __slots__ = ()

    liveness_operation_mode: Union[str, LivenessOperationMode] = rest_field(name='livenessOperationMode')
    """How the client application checks liveness: ``Passive`` or ``PassiveActive``."""
    device_correlation_id_set_in_client: Optional[bool] = rest_field(name='deviceCorrelationIdSetInClient')
    """Whether the client application supplies the device correlation id itself."""
    enable_session_image: Optional[bool] = rest_field(name='enableSessionImage')
    """Whether the service keeps an image of each attempt (see ``get_session_image``)."""
    liveness_model_version: Optional[Union[str, LivenessModelVersion]] = rest_field(name='livenessModelVersion')
    """The liveness model to run; the service's latest when left out."""
    return_verify_image_hash: Optional[bool] = rest_field(name='returnVerifyImageHash')
    """Whether each attempt's result carries a SHA-256 hash of the verify image."""
    verify_confidence_threshold: Optional[float] = rest_field(name='verifyConfidenceThreshold')
    """The match confidence, 0 to 1, from which the live face counts as the verify image's face."""
    device_correlation_id: Optional[str] = rest_field(name='deviceCorrelationId')
    """An id that ties the session to one device; needed unless the client application sets it."""
    auth_token_time_to_live_in_seconds: Optional[int] = rest_field(name='authTokenTimeToLiveInSeconds')
    """How long the session's token stays valid, in seconds: 60 to 86400 (600 by default)."""

    @overload
    def __init__(
        self,
        *,
        liveness_operation_mode: Union[str, LivenessOperationMode],
        device_correlation_id_set_in_client: Optional[bool] = None,
        enable_session_image: Optional[bool] = None,
        liveness_model_version: Optional[Union[str, LivenessModelVersion]] = None,
        return_verify_image_hash: Optional[bool] = None,
        verify_confidence_threshold: Optional[float] = None,
        device_correlation_id: Optional[str] = None,
        auth_token_time_to_live_in_seconds: Optional[int] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessColorDecisionTarget(Model):
    """Where the face judged in the color image is."""

    __slots__ = ()

    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """The face's rectangle in the color image."""

    @overload
    def __init__(
        self,
        *,
        face_rectangle: FaceRectangle,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessDecisionTargets(Model):
    """The images a liveness decision was made on."""

    __slots__ = ()

    color: LivenessColorDecisionTarget = rest_field(name='color')
    """The color image's target."""

    @overload
    def __init__(
        self,
        *,
        color: LivenessColorDecisionTarget,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessError(Model):
    """Why a liveness attempt failed."""

    __slots__ = ()

    code: str = rest_field(name='code')
    """The error code."""
    message: str = rest_field(name='message')
    """The service's explanation."""
    targets: LivenessDecisionTargets = rest_field(name='targets')
    """The images the failed attempt was judged on."""

    @overload
    def __init__(
        self,
        *,
        code: str,
        message: str,
        targets: LivenessDecisionTargets,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessResult(Model):
    """The outcome of a successful liveness attempt."""

    __slots__ = ()

    liveness_decision: Optional[Union[str, FaceLivenessDecision]] = rest_field(name='livenessDecision')
    """Whether the face was real: ``realface``, ``spoofface`` or ``uncertain``."""
    targets: LivenessDecisionTargets = rest_field(name='targets')
    """The images the decision was made on."""
    digest: str = rest_field(name='digest')
    """A digest of the attempt's request, to check that the client application's copy is the same."""
    session_image_id: Optional[str] = rest_field(name='sessionImageId')
    """The id of the attempt's kept image, when the session keeps images."""

    @overload
    def __init__(
        self,
        *,
        targets: LivenessDecisionTargets,
        digest: str,
        liveness_decision: Optional[Union[str, FaceLivenessDecision]] = None,
        session_image_id: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSessionAttempt(Model):
    """One liveness attempt the client application made in a session."""

    __slots__ = ()

    attempt_id: int = rest_field(name='attemptId')
    """The attempt's number in its session, from 1."""
    attempt_status: Union[str, OperationState] = rest_field(name='attemptStatus')
    """The attempt's state."""
    result: Optional[LivenessResult] = rest_field(name='result')
    """The outcome, once the attempt succeeded."""
    error: Optional[LivenessError] = rest_field(name='error')
    """Why the attempt failed, if it did."""

    @overload
    def __init__(
        self,
        *,
        attempt_id: int,
        attempt_status: Union[str, OperationState],
        result: Optional[LivenessResult] = None,
        error: Optional[LivenessError] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSessionResults(Model):
    """The attempts of a liveness session."""

    __slots__ = ()

    attempts: List[LivenessSessionAttempt] = rest_field(name='attempts')
    """The attempts, the latest first."""

    @overload
    def __init__(
        self,
        *,
        attempts: List[LivenessSessionAttempt],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessSessionDetails(Model):
    """A liveness session of API version ``v1.2``: its token, state and attempts."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId', visibility=["read"])
    """The session's id."""
    auth_token: str = rest_field(name='authToken')
    """The token that lets the client application run the check for this session."""
    status: Union[str, OperationState] = rest_field(name='status')
    """The session's state."""
    model_version: Optional[Union[str, LivenessModelVersion]] = rest_field(name='modelVersion')
    """The liveness model the session runs."""
    results: LivenessSessionResults = rest_field(name='results')
    """The attempts made so far."""

    @overload
    def __init__(
        self,
        *,
        auth_token: str,
        status: Union[str, OperationState],
        results: LivenessSessionResults,
        model_version: Optional[Union[str, LivenessModelVersion]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifyMatch(Model):
    """How the live face compares with the verify image's face."""

    __slots__ = ()

    match_confidence: float = rest_field(name='matchConfidence')
    """Confidence, 0 to 1, that both are the same person."""
    is_identical: bool = rest_field(name='isIdentical')
    """Whether both are the same person."""

    @overload
    def __init__(
        self,
        *,
        match_confidence: float,
        is_identical: bool,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifyResult(Model):
    """The outcome of a successful liveness-with-verify attempt."""

    __slots__ = ()

    liveness_decision: Optional[Union[str, FaceLivenessDecision]] = rest_field(name='livenessDecision')
    """Whether the face was real: ``realface``, ``spoofface`` or ``uncertain``."""
    targets: LivenessDecisionTargets = rest_field(name='targets')
    """The images the decision was made on."""
    digest: str = rest_field(name='digest')
    """A digest of the attempt's request, to check that the client application's copy is the same."""
    session_image_id: Optional[str] = rest_field(name='sessionImageId')
    """The id of the attempt's kept image, when the session keeps images."""
    verify_result: Optional[LivenessWithVerifyMatch] = rest_field(name='verifyResult')
    """The comparison with the verify image."""
    verify_image_hash: Optional[str] = rest_field(name='verifyImageHash')
    """SHA-256 hash of the verify image, when the session was asked for it."""

    @overload
    def __init__(
        self,
        *,
        targets: LivenessDecisionTargets,
        digest: str,
        liveness_decision: Optional[Union[str, FaceLivenessDecision]] = None,
        session_image_id: Optional[str] = None,
        verify_result: Optional[LivenessWithVerifyMatch] = None,
        verify_image_hash: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifySessionAttempt(Model):
    """One liveness-with-verify attempt the client application made in a session."""

    __slots__ = ()

    attempt_id: int = rest_field(name='attemptId')
    """The attempt's number in its session, from 1."""
    attempt_status: Union[str, OperationState] = rest_field(name='attemptStatus')
    """The attempt's state."""
    result: Optional[LivenessWithVerifyResult] = rest_field(name='result')
    """The outcome, once the attempt succeeded."""
    error: Optional[LivenessError] = rest_field(name='error')
    """Why the attempt failed, if it did."""

    @overload
    def __init__(
        self,
        *,
        attempt_id: int,
        attempt_status: Union[str, OperationState],
        result: Optional[LivenessWithVerifyResult] = None,
        error: Optional[LivenessError] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifyReference(Model):
    """The face found in the verify image, that attempts are compared with."""

    __slots__ = ()

    reference_type: Union[str, FaceImageType] = rest_field(name='referenceType')
    """The kind of image: ``Color``, ``Infrared`` or ``Depth``."""
    face_rectangle: FaceRectangle = rest_field(name='faceRectangle')
    """The face's rectangle in the verify image."""
    quality_for_recognition: Union[str, QualityForRecognition] = rest_field(name='qualityForRecognition')
    """How well the face suits recognition."""

    @overload
    def __init__(
        self,
        *,
        reference_type: Union[str, FaceImageType],
        face_rectangle: FaceRectangle,
        quality_for_recognition: Union[str, QualityForRecognition],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifySessionResults(Model):
    """The verify references and attempts of a liveness-with-verify session."""

    __slots__ = ()

    verify_references: List[LivenessWithVerifyReference] = rest_field(name='verifyReferences')
    """The faces found in the verify image."""
    attempts: List[LivenessWithVerifySessionAttempt] = rest_field(name='attempts')
    """The attempts, the latest first."""

    @overload
    def __init__(
        self,
        *,
        verify_references: List[LivenessWithVerifyReference],
        attempts: List[LivenessWithVerifySessionAttempt],
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class LivenessWithVerifySessionDetails(Model):
    """A liveness-with-verify session of API version ``v1.2``: its token, state, reference and attempts."""

    __slots__ = ()

    session_id: str = rest_field(name='sessionId', visibility=["read"])
    """The session's id."""
    auth_token: str = rest_field(name='authToken')
    """The token that lets the client application run the check for this session."""
    status: Union[str, OperationState] = rest_field(name='status')
    """The session's state."""
    model_version: Optional[Union[str, LivenessModelVersion]] = rest_field(name='modelVersion')
    """The liveness model the session runs."""
    results: LivenessWithVerifySessionResults = rest_field(name='results')
    """The verify reference and the attempts made so far."""

    @overload
    def __init__(
        self,
        *,
        auth_token: str,
        status: Union[str, OperationState],
        results: LivenessWithVerifySessionResults,
        model_version: Optional[Union[str, LivenessModelVersion]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
