# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Models and enumerations of the Face service.

The classes load on first use (PEP 562): a program that only builds clients does not pay for defining all of
them at import time. ``from azure.ai.vision.face.models import X``, ``import *`` and type checkers work as usual.
"""
import typing as _typing

from .._lazy import lazy_classes as _lazy_classes

if _typing.TYPE_CHECKING:  # the one list of the public names; at run time they come from the modules below
    from ._enums import (
        AccessoryType as AccessoryType,
        BlurLevel as BlurLevel,
        ExposureLevel as ExposureLevel,
        FaceAttributeType as FaceAttributeType,
        FaceDetectionModel as FaceDetectionModel,
        FaceImageType as FaceImageType,
        FaceLivenessDecision as FaceLivenessDecision,
        FaceOperationStatus as FaceOperationStatus,
        FaceRecognitionModel as FaceRecognitionModel,
        FaceSessionStatus as FaceSessionStatus,
        FindSimilarMatchMode as FindSimilarMatchMode,
        GlassesType as GlassesType,
        HairColorType as HairColorType,
        LivenessModel as LivenessModel,
        LivenessOperationMode as LivenessOperationMode,
        MaskType as MaskType,
        NoiseLevel as NoiseLevel,
        QualityForRecognition as QualityForRecognition,
        Versions as Versions,
    )
    from ._face_lists import (
        FaceList as FaceList,
        FaceListFace as FaceListFace,
        FaceListItem as FaceListItem,
        PersonGroup as PersonGroup,
        PersonGroupPerson as PersonGroupPerson,
        PersonGroupPersonFace as PersonGroupPersonFace,
    )
    from ._liveness_ga import (
        LivenessColorDecisionTarget as LivenessColorDecisionTarget,
        LivenessDecisionTargets as LivenessDecisionTargets,
        LivenessError as LivenessError,
        LivenessModelVersion as LivenessModelVersion,
        LivenessResult as LivenessResult,
        LivenessSessionAttempt as LivenessSessionAttempt,
        LivenessSessionDetails as LivenessSessionDetails,
        LivenessSessionOptions as LivenessSessionOptions,
        LivenessSessionResults as LivenessSessionResults,
        LivenessWithVerifyMatch as LivenessWithVerifyMatch,
        LivenessWithVerifyReference as LivenessWithVerifyReference,
        LivenessWithVerifyResult as LivenessWithVerifyResult,
        LivenessWithVerifySessionAttempt as LivenessWithVerifySessionAttempt,
        LivenessWithVerifySessionDetails as LivenessWithVerifySessionDetails,
        LivenessWithVerifySessionOptions as LivenessWithVerifySessionOptions,
        LivenessWithVerifySessionResults as LivenessWithVerifySessionResults,
        OperationState as OperationState,
    )
    from ._models import (
        AccessoryItem as AccessoryItem,
        AddFaceResult as AddFaceResult,
        AuditLivenessResponseInfo as AuditLivenessResponseInfo,
        AuditRequestInfo as AuditRequestInfo,
        BlurProperties as BlurProperties,
        CreateLivenessSessionContent as CreateLivenessSessionContent,
        CreateLivenessSessionResult as CreateLivenessSessionResult,
        CreateLivenessWithVerifySessionContent as CreateLivenessWithVerifySessionContent,
        CreateLivenessWithVerifySessionMultipartContent as CreateLivenessWithVerifySessionMultipartContent,
        CreateLivenessWithVerifySessionResult as CreateLivenessWithVerifySessionResult,
        CreatePersonResult as CreatePersonResult,
        ExposureProperties as ExposureProperties,
        FaceAttributes as FaceAttributes,
        FaceDetectionResult as FaceDetectionResult,
        FaceError as FaceError,
        FaceErrorResponse as FaceErrorResponse,
        FaceFindSimilarResult as FaceFindSimilarResult,
        FaceGroupingResult as FaceGroupingResult,
        FaceIdentificationCandidate as FaceIdentificationCandidate,
        FaceIdentificationResult as FaceIdentificationResult,
        FaceLandmarks as FaceLandmarks,
        FaceRectangle as FaceRectangle,
        FaceTrainingResult as FaceTrainingResult,
        FaceVerificationResult as FaceVerificationResult,
        FacialHair as FacialHair,
        HairColor as HairColor,
        HairProperties as HairProperties,
        HeadPose as HeadPose,
        LandmarkCoordinate as LandmarkCoordinate,
        LargeFaceList as LargeFaceList,
        LargeFaceListFace as LargeFaceListFace,
        LargePersonGroup as LargePersonGroup,
        LargePersonGroupPerson as LargePersonGroupPerson,
        LargePersonGroupPersonFace as LargePersonGroupPersonFace,
        LivenessOutputsTarget as LivenessOutputsTarget,
        LivenessResponseBody as LivenessResponseBody,
        LivenessSession as LivenessSession,
        LivenessSessionAuditEntry as LivenessSessionAuditEntry,
        LivenessSessionItem as LivenessSessionItem,
        LivenessWithVerifyImage as LivenessWithVerifyImage,
        LivenessWithVerifyOutputs as LivenessWithVerifyOutputs,
        LivenessWithVerifySession as LivenessWithVerifySession,
        MaskProperties as MaskProperties,
        NoiseProperties as NoiseProperties,
        OcclusionProperties as OcclusionProperties,
    )
    from ._person_directory import (
        DynamicPersonGroup as DynamicPersonGroup,
        ListFaceResult as ListFaceResult,
        ListGroupReferenceResult as ListGroupReferenceResult,
        ListPersonResult as ListPersonResult,
        OperationResult as OperationResult,
        OperationStatus as OperationStatus,
        PersonDirectoryFace as PersonDirectoryFace,
        PersonDirectoryPerson as PersonDirectoryPerson,
    )
    from ._patch import (
        FaceAttributeTypeDetection01 as FaceAttributeTypeDetection01,
        FaceAttributeTypeDetection03 as FaceAttributeTypeDetection03,
        FaceAttributeTypeRecognition03 as FaceAttributeTypeRecognition03,
        FaceAttributeTypeRecognition04 as FaceAttributeTypeRecognition04,
    )

__getattr__, __dir__ = _lazy_classes(
    globals(), ["._enums", "._patch", "._models", "._face_lists", "._person_directory", "._liveness_ga"]
)
