# GENERATED from azure/ai/vision/face/aio/operations/_face.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""FaceClient operations: detection, find-similar, grouping, identification and verification."""
from __future__ import annotations

from typing import IO, Any, List, Optional, Union, overload

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import face as _requests
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.operations._base import OperationsBase


class FaceClientOperationsMixin(OperationsBase):
    """Operations of :class:`~azure.ai.vision.face.FaceClient`."""

    def detect(
        self,
        image_content: bytes,
        *,
        detection_model: Union[str, _models.FaceDetectionModel],
        recognition_model: Union[str, _models.FaceRecognitionModel],
        return_face_id: bool,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]:
        """Detect the human faces in an image and return their rectangles, and optionally ids, landmarks and attributes.

        The image is uploaded as the request body (JPEG, PNG, GIF or BMP; 1 KB to 6 MB; faces of at least 36x36
        pixels are found). Faces come back ordered by rectangle size, largest first.

        :param image_content: The bytes of the image.
        :type image_content: bytes
        :keyword detection_model: The detection model: ``detection_01``, ``detection_02`` or ``detection_03`` (the
         most accurate). The attributes a model can return differ; see the attribute enums.
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword recognition_model: The recognition model the returned faceIds are bound to; ``recognition_04`` is
         the most accurate. Later comparisons need faceIds of the same model.
        :paramtype recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :keyword bool return_face_id: Whether to return a faceId per face (valid for ``face_id_time_to_live``
         seconds) for use with the recognition operations.
        :keyword return_face_attributes: The attributes to analyse, sent comma-separated; each costs time.
        :paramtype return_face_attributes: list[str or ~azure.ai.vision.face.models.FaceAttributeType]
        :keyword bool return_face_landmarks: Whether to return the 27 face landmarks. The service's default is False.
        :keyword bool return_recognition_model: Whether to echo the recognition model in each result.
        :keyword int face_id_time_to_live: How long, in seconds, the faceIds stay valid: 60 to 86400 (the default).
        :return: The detected faces.
        :rtype: list[~azure.ai.vision.face.models.FaceDetectionResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.detect(
            image_content,
            content_type=kwargs.pop("content_type", None),
            detection_model=detection_model,
            recognition_model=recognition_model,
            return_face_id=return_face_id,
            return_face_attributes=return_face_attributes,
            return_face_landmarks=return_face_landmarks,
            return_recognition_model=return_recognition_model,
            face_id_time_to_live=face_id_time_to_live,
        )
        return self._send(call, **kwargs)

    @overload
    def detect_from_url(
        self,
        *,
        url: str,
        content_type: str = "application/json",
        detection_model: Union[str, _models.FaceDetectionModel],
        recognition_model: Union[str, _models.FaceRecognitionModel],
        return_face_id: bool,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    @overload
    def detect_from_url(
        self,
        body: JSON,
        *,
        content_type: str = "application/json",
        detection_model: Union[str, _models.FaceDetectionModel],
        recognition_model: Union[str, _models.FaceRecognitionModel],
        return_face_id: bool,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    @overload
    def detect_from_url(
        self,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        detection_model: Union[str, _models.FaceDetectionModel],
        recognition_model: Union[str, _models.FaceRecognitionModel],
        return_face_id: bool,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    def detect_from_url(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        url: str = _UNSET,
        detection_model: Union[str, _models.FaceDetectionModel],
        recognition_model: Union[str, _models.FaceRecognitionModel],
        return_face_id: bool,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]:
        """Detect the human faces in an image the service downloads from a URL.

        Takes the same detection options as :meth:`detect`; the image rules are the same too.

        :param body: The whole request as JSON (``{"url": ...}``) or a binary stream of it. Leave it out to use
         ``url``.
        :type body: JSON or IO[bytes]
        :keyword str url: The URL of the image.
        :keyword detection_model: The detection model.
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword recognition_model: The recognition model the returned faceIds are bound to.
        :paramtype recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :keyword bool return_face_id: Whether to return a faceId per face.
        :keyword return_face_attributes: The attributes to analyse.
        :paramtype return_face_attributes: list[str or ~azure.ai.vision.face.models.FaceAttributeType]
        :keyword bool return_face_landmarks: Whether to return the 27 face landmarks.
        :keyword bool return_recognition_model: Whether to echo the recognition model in each result.
        :keyword int face_id_time_to_live: How long, in seconds, the faceIds stay valid: 60 to 86400.
        :return: The detected faces.
        :rtype: list[~azure.ai.vision.face.models.FaceDetectionResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.detect_from_url(
            body,
            url=url,
            content_type=kwargs.pop("content_type", None),
            detection_model=detection_model,
            recognition_model=recognition_model,
            return_face_id=return_face_id,
            return_face_attributes=return_face_attributes,
            return_face_landmarks=return_face_landmarks,
            return_recognition_model=return_recognition_model,
            face_id_time_to_live=face_id_time_to_live,
        )
        return self._send(call, **kwargs)

    @overload
    def find_similar(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar(
        self,
        *,
        face_id: str,
        face_ids: List[str],
        content_type: str = "application/json",
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    def find_similar(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_id: str = _UNSET,
        face_ids: List[str] = _UNSET,
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]:
        """Find, among candidate faceIds, the faces that look like a query face.

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id: The faceId of the query face, from a detection call.
        :keyword list[str] face_ids: The candidate faceIds (at most 1,000), from detection calls.
        :keyword int max_num_of_candidates_returned: How many similar faces to return: 1 to 1000 (20 by default).
        :keyword mode: ``matchPerson`` (the default: faces of the same person) or ``matchFace`` (faces that merely
         look alike).
        :paramtype mode: str or ~azure.ai.vision.face.models.FindSimilarMatchMode
        :return: The similar faces, most similar first.
        :rtype: list[~azure.ai.vision.face.models.FaceFindSimilarResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.find_similar(
            body,
            {"faceIds": face_ids},
            face_id=face_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def find_similar_from_large_face_list(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar_from_large_face_list(
        self,
        *,
        face_id: str,
        large_face_list_id: str,
        content_type: str = "application/json",
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar_from_large_face_list(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    def find_similar_from_large_face_list(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_id: str = _UNSET,
        large_face_list_id: str = _UNSET,
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]:
        """Find, among the persisted faces of a trained large face list, the faces that look like a query face.

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id: The faceId of the query face, from a detection call.
        :keyword str large_face_list_id: The large face list to search; it must have been trained.
        :keyword int max_num_of_candidates_returned: How many similar faces to return: 1 to 1000 (20 by default).
        :keyword mode: ``matchPerson`` (the default) or ``matchFace``.
        :paramtype mode: str or ~azure.ai.vision.face.models.FindSimilarMatchMode
        :return: The similar persisted faces, most similar first.
        :rtype: list[~azure.ai.vision.face.models.FaceFindSimilarResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.find_similar(
            body,
            {"largeFaceListId": large_face_list_id},
            face_id=face_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def find_similar_from_face_list(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar_from_face_list(
        self,
        *,
        face_id: str,
        face_list_id: str,
        content_type: str = "application/json",
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    @overload
    def find_similar_from_face_list(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]: ...

    def find_similar_from_face_list(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_id: str = _UNSET,
        face_list_id: str = _UNSET,
        max_num_of_candidates_returned: Optional[int] = None,
        mode: Optional[Union[str, _models.FindSimilarMatchMode]] = None,
        **kwargs: Any
    ) -> List[_models.FaceFindSimilarResult]:
        """Find, among the persisted faces of a face list, the faces that look like a query face.

        A face list needs no training: its faces are searched as they are now.

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id: The faceId of the query face, from a detection call.
        :keyword str face_list_id: The face list to search; its recognition model must be the query face's.
        :keyword int max_num_of_candidates_returned: How many similar faces to return: 1 to 1000 (20 by default).
        :keyword mode: ``matchPerson`` (the default) or ``matchFace``.
        :paramtype mode: str or ~azure.ai.vision.face.models.FindSimilarMatchMode
        :return: The similar persisted faces, most similar first.
        :rtype: list[~azure.ai.vision.face.models.FaceFindSimilarResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.find_similar(
            body,
            {"faceListId": face_list_id},
            face_id=face_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def group(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceGroupingResult: ...

    @overload
    def group(
        self, *, face_ids: List[str], content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceGroupingResult: ...

    @overload
    def group(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceGroupingResult: ...

    def group(
        self, body: Union[JSON, IO[bytes]] = _UNSET, *, face_ids: List[str] = _UNSET, **kwargs: Any
    ) -> _models.FaceGroupingResult:
        """Divide faces into groups of the same person.

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword list[str] face_ids: The faceIds to group (at most 1,000), from detection calls.
        :return: The groups, and the faces that resemble no other face (the "messy group").
        :rtype: ~azure.ai.vision.face.models.FaceGroupingResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.group(body, face_ids=face_ids, content_type=kwargs.pop("content_type", None))
        return self._send(call, **kwargs)

    @overload
    def identify_from_large_person_group(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    @overload
    def identify_from_large_person_group(
        self,
        *,
        face_ids: List[str],
        large_person_group_id: str,
        content_type: str = "application/json",
        max_num_of_candidates_returned: Optional[int] = None,
        confidence_threshold: Optional[float] = None,
        **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    @overload
    def identify_from_large_person_group(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    def identify_from_large_person_group(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_ids: List[str] = _UNSET,
        large_person_group_id: str = _UNSET,
        max_num_of_candidates_returned: Optional[int] = None,
        confidence_threshold: Optional[float] = None,
        **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]:
        """Identify each query face among the persons of a trained large person group (one-to-many).

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword list[str] face_ids: The faceIds to identify: 1 to 10, from detection calls.
        :keyword str large_person_group_id: The large person group to search; it must have been trained.
        :keyword int max_num_of_candidates_returned: Candidates per face: 1 to 100 (the service's default is 10).
        :keyword float confidence_threshold: Override the service's threshold for a match, from 0 to 1.
        :return: One result per query face, with its candidate persons.
        :rtype: list[~azure.ai.vision.face.models.FaceIdentificationResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.identify_from_large_person_group(
            body,
            face_ids=face_ids,
            large_person_group_id=large_person_group_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            confidence_threshold=confidence_threshold,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def identify_from_person_group(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    @overload
    def identify_from_person_group(
        self,
        *,
        face_ids: List[str],
        person_group_id: str,
        content_type: str = "application/json",
        max_num_of_candidates_returned: Optional[int] = None,
        confidence_threshold: Optional[float] = None,
        **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    @overload
    def identify_from_person_group(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]: ...

    def identify_from_person_group(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_ids: List[str] = _UNSET,
        person_group_id: str = _UNSET,
        max_num_of_candidates_returned: Optional[int] = None,
        confidence_threshold: Optional[float] = None,
        **kwargs: Any
    ) -> List[_models.FaceIdentificationResult]:
        """Identify each query face among the persons of a trained person group (one-to-many).

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword list[str] face_ids: The faceIds to identify: 1 to 10, from detection calls.
        :keyword str person_group_id: The person group to search; it must have been trained.
        :keyword int max_num_of_candidates_returned: Candidates per face: 1 to 100 (the service's default is 10).
        :keyword float confidence_threshold: Override the service's threshold for a match, from 0 to 1.
        :return: One result per query face, with its candidate persons.
        :rtype: list[~azure.ai.vision.face.models.FaceIdentificationResult]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.identify(
            body,
            {"personGroupId": person_group_id},
            face_ids=face_ids,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            confidence_threshold=confidence_threshold,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def verify_face_to_face(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_face_to_face(
        self, *, face_id1: str, face_id2: str, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_face_to_face(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    def verify_face_to_face(
        self, body: Union[JSON, IO[bytes]] = _UNSET, *, face_id1: str = _UNSET, face_id2: str = _UNSET, **kwargs: Any
    ) -> _models.FaceVerificationResult:
        """Tell whether two faces belong to the same person (one-to-one).

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id1: The faceId of one face, from a detection call.
        :keyword str face_id2: The faceId of the other face; detected with the same recognition model.
        :return: Whether the faces match, with the confidence.
        :rtype: ~azure.ai.vision.face.models.FaceVerificationResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.verify_face_to_face(
            body, face_id1=face_id1, face_id2=face_id2, content_type=kwargs.pop("content_type", None)
        )
        return self._send(call, **kwargs)

    @overload
    def verify_from_large_person_group(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_from_large_person_group(
        self,
        *,
        face_id: str,
        large_person_group_id: str,
        person_id: str,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_from_large_person_group(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    def verify_from_large_person_group(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_id: str = _UNSET,
        large_person_group_id: str = _UNSET,
        person_id: str = _UNSET,
        **kwargs: Any
    ) -> _models.FaceVerificationResult:
        """Tell whether a face belongs to a person of a large person group (no training needed).

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id: The faceId of the face, from a detection call.
        :keyword str large_person_group_id: The large person group holding the person.
        :keyword str person_id: The person to compare with.
        :return: Whether the face matches the person, with the confidence.
        :rtype: ~azure.ai.vision.face.models.FaceVerificationResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.verify_from_large_person_group(
            body,
            face_id=face_id,
            large_person_group_id=large_person_group_id,
            person_id=person_id,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def verify_from_person_group(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_from_person_group(
        self,
        *,
        face_id: str,
        person_group_id: str,
        person_id: str,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    @overload
    def verify_from_person_group(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.FaceVerificationResult: ...

    def verify_from_person_group(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        face_id: str = _UNSET,
        person_group_id: str = _UNSET,
        person_id: str = _UNSET,
        **kwargs: Any
    ) -> _models.FaceVerificationResult:
        """Tell whether a face belongs to a person of a person group (no training needed).

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str face_id: The faceId of the face, from a detection call.
        :keyword str person_group_id: The person group holding the person.
        :keyword str person_id: The person to compare with.
        :return: Whether the face matches the person, with the confidence.
        :rtype: ~azure.ai.vision.face.models.FaceVerificationResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.verify_with_person(
            body,
            {"personGroupId": person_group_id},
            face_id=face_id,
            person_id=person_id,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)
