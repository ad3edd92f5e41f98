# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Request builders of FaceClient: detection, find-similar, grouping, identification and verification."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from .. import models as _models
from .._types import _UNSET
from ._base import OCTET_STREAM, Call, json_call, list_loader, query


def _detected_faces(data: Any) -> List[_models.FaceDetectionResult]:
    return list_loader(_models.FaceDetectionResult._from_wire)(data)


def _similar_faces(data: Any) -> List[_models.FaceFindSimilarResult]:
    return list_loader(_models.FaceFindSimilarResult._from_wire)(data)


def _identified_faces(data: Any) -> List[_models.FaceIdentificationResult]:
    return list_loader(_models.FaceIdentificationResult._from_wire)(data)


def detect_query(
    *,
    detection_model: Any,
    recognition_model: Any,
    return_face_id: Optional[bool],
    return_face_attributes: Optional[List[Any]],
    return_face_landmarks: Optional[bool],
    return_recognition_model: Optional[bool],
    face_id_time_to_live: Optional[int],
) -> Dict[str, str]:
    """The query string shared by every form of detection (image bytes, URL, session image)."""
    return query(
        detectionModel=detection_model,
        recognitionModel=recognition_model,
        returnFaceId=return_face_id,
        returnFaceAttributes=return_face_attributes,
        returnFaceLandmarks=return_face_landmarks,
        returnRecognitionModel=return_recognition_model,
        faceIdTimeToLive=face_id_time_to_live,
    )


def detect(image_content: Any, *, content_type: Optional[str] = None, **options: Any) -> Call[List[_models.FaceDetectionResult]]:
    """POST /detect with the image bytes as the body."""
    return Call(
        "POST",
        "/detect",
        params=detect_query(**options),
        headers={"Content-Type": content_type or OCTET_STREAM},
        content=image_content,
        load=_detected_faces,
    )


def detect_from_url(body: Any, *, url: Any = _UNSET, content_type: Optional[str] = None, **options: Any) -> Call[List[_models.FaceDetectionResult]]:
    """POST /detect with ``{"url": ...}``: the service downloads the image."""
    fields = {"url": url}
    return json_call("POST", "/detect", body, fields, required=("url",), content_type=content_type,
                     params=detect_query(**options), load=_detected_faces)


def detect_from_session_image(
    body: Any, *, session_image_id: Any = _UNSET, content_type: Optional[str] = None, **options: Any
) -> Call[List[_models.FaceDetectionResult]]:
    """POST /detect with ``{"sessionImageId": ...}``: detect on an image kept by a liveness session."""
    fields = {"sessionImageId": session_image_id}
    return json_call("POST", "/detect", body, fields, required=("sessionImageId",), content_type=content_type,
                     params=detect_query(**options), load=_detected_faces)


def find_similar(
    body: Any,
    target: Dict[str, Any],
    *,
    face_id: Any,
    max_num_of_candidates_returned: Optional[int],
    mode: Any,
    content_type: Optional[str],
) -> Call[List[_models.FaceFindSimilarResult]]:
    """POST /findsimilars, whatever the candidates are: ``target`` is ``{"faceIds": ...}`` or
    ``{"largeFaceListId": ...}``."""
    fields = {
        "faceId": face_id,
        "maxNumOfCandidatesReturned": max_num_of_candidates_returned,
        "mode": mode,
        **target,
    }
    return json_call("POST", "/findsimilars", body, fields, required=("faceId", *target), content_type=content_type,
                     load=_similar_faces)


def group(body: Any, *, face_ids: Any = _UNSET, content_type: Optional[str] = None) -> Call[_models.FaceGroupingResult]:
    """POST /group: split faceIds into groups of the same person."""
    fields = {"faceIds": face_ids}
    return json_call("POST", "/group", body, fields, required=("faceIds",), content_type=content_type,
                     load=_models.FaceGroupingResult._from_wire)


def identify_from_large_person_group(
    body: Any,
    *,
    face_ids: Any = _UNSET,
    large_person_group_id: Any = _UNSET,
    max_num_of_candidates_returned: Optional[int] = None,
    confidence_threshold: Optional[float] = None,
    content_type: Optional[str] = None,
) -> Call[List[_models.FaceIdentificationResult]]:
    """POST /identify: find the persons of a trained large person group who match each faceId."""
    return identify(body, {"largePersonGroupId": large_person_group_id}, face_ids=face_ids,
                    max_num_of_candidates_returned=max_num_of_candidates_returned,
                    confidence_threshold=confidence_threshold, content_type=content_type)


def identify(
    body: Any,
    target: Dict[str, Any],
    *,
    face_ids: Any,
    max_num_of_candidates_returned: Optional[int],
    confidence_threshold: Optional[float],
    content_type: Optional[str],
) -> Call[List[_models.FaceIdentificationResult]]:
    """POST /identify, whatever holds the persons: ``target`` is ``{"largePersonGroupId": ...}`` or
    ``{"personGroupId": ...}``."""
    fields = {
        "faceIds": face_ids,
        **target,
        "maxNumOfCandidatesReturned": max_num_of_candidates_returned,
        "confidenceThreshold": confidence_threshold,
    }
    return json_call("POST", "/identify", body, fields, required=("faceIds", *target), content_type=content_type,
                     load=_identified_faces)


def verify_face_to_face(
    body: Any, *, face_id1: Any = _UNSET, face_id2: Any = _UNSET, content_type: Optional[str] = None
) -> Call[_models.FaceVerificationResult]:
    """POST /verify with two faceIds."""
    fields = {"faceId1": face_id1, "faceId2": face_id2}
    return json_call("POST", "/verify", body, fields, required=("faceId1", "faceId2"), content_type=content_type,
                     load=_models.FaceVerificationResult._from_wire)


def verify_from_large_person_group(
    body: Any,
    *,
    face_id: Any = _UNSET,
    large_person_group_id: Any = _UNSET,
    person_id: Any = _UNSET,
    content_type: Optional[str] = None,
) -> Call[_models.FaceVerificationResult]:
    """POST /verify with a faceId and a person of a large person group."""
    return verify_with_person(body, {"largePersonGroupId": large_person_group_id}, face_id=face_id,
                              person_id=person_id, content_type=content_type)


def verify_with_person(
    body: Any, target: Dict[str, Any], *, face_id: Any, person_id: Any, content_type: Optional[str]
) -> Call[_models.FaceVerificationResult]:
    """POST /verify with a faceId and a person: ``target`` names the person's container
    (``{"largePersonGroupId": ...}`` or ``{"personGroupId": ...}``)."""
    fields = {"faceId": face_id, **target, "personId": person_id}
    return json_call("POST", "/verify", body, fields, required=("faceId", *target, "personId"),
                     content_type=content_type, load=_models.FaceVerificationResult._from_wire)
