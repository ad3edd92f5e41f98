# GENERATED from azure/ai/vision/face/aio/operations/_session.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""FaceSessionClient operations: liveness sessions, their audit entries and session images.

With ``api_version="v1.2"`` (the GA API) the session operations use the GA routes and return the GA models of
``models._liveness_ga`` (``LivenessSessionDetails``, ...); the listings and audit entries, which GA dropped, raise
``ValueError`` before sending. The return annotations name the models of the default API version, as published,
so typed code written for the published package keeps checking; on ``v1.2`` narrow with ``isinstance`` or
``typing.cast``.
"""
from __future__ import annotations

from typing import IO, Any, Iterator, List, Optional, Union, cast, overload

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import face as _face
from azure.ai.vision.face._requests import session as _requests
from azure.ai.vision.face._requests._base import Call, check_api_version
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.operations._base import OperationsBase


class FaceSessionClientOperationsMixin(OperationsBase):
    """Operations of :class:`~azure.ai.vision.face.FaceSessionClient`."""

    # ------------------------------------------------------------------ liveness sessions

    @overload
    def create_liveness_session(
        self, body: _models.CreateLivenessSessionContent, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreateLivenessSessionResult: ...

    @overload
    def create_liveness_session(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreateLivenessSessionResult: ...

    @overload
    def create_liveness_session(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreateLivenessSessionResult: ...

    def create_liveness_session(
        self, body: Union[_models.CreateLivenessSessionContent, JSON, IO[bytes]], **kwargs: Any
    ) -> _models.CreateLivenessSessionResult:
        """Create a liveness session, which a client application then uses to run one liveness check.

        Hand the returned ``auth_token`` to the client application; it authorizes that application to run the
        check for this session only. Sessions stay queryable until deleted.

        :param body: The session options: the model (``LivenessSessionOptions`` on ``v1.2``), the same as a JSON
         mapping keyed by wire names, or a binary stream of that JSON.
        :type body: ~azure.ai.vision.face.models.CreateLivenessSessionContent or
         ~azure.ai.vision.face.models.LivenessSessionOptions or JSON or IO[bytes]
        :keyword str content_type: The body's media type when ``body`` is a stream; ``application/json`` by default.
        :return: The new session's id and authorization token; on ``v1.2`` the whole new session.
        :rtype: ~azure.ai.vision.face.models.CreateLivenessSessionResult or
         ~azure.ai.vision.face.models.LivenessSessionDetails
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.create_liveness_session(body, api_version=self._config.api_version,
                                                 content_type=kwargs.pop("content_type", None))
        return cast(_models.CreateLivenessSessionResult, self._send(call, **kwargs))  # v1.2: the GA model

    def get_liveness_session_result(self, session_id: str, **kwargs: Any) -> _models.LivenessSession:
        """Get a liveness session: its settings, status and, once the client has run the check, the latest result.

        On ``v1.2`` the session's state and every attempt (``results.attempts``, the latest first).

        :param str session_id: The id of the session.
        :return: The session.
        :rtype: ~azure.ai.vision.face.models.LivenessSession or ~azure.ai.vision.face.models.LivenessSessionDetails
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such session.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.get_session_result(False, session_id, api_version=self._config.api_version)
        return cast(_models.LivenessSession, self._send(call, **kwargs))  # v1.2: the GA model

    def get_liveness_sessions(
        self, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.LivenessSessionItem]:
        """List the liveness sessions, ordered by session id.

        :keyword str start: List only the sessions whose id is greater than this one (at most 64 characters); pass
         the last id of a page to get the next page.
        :keyword int top: How many sessions to list: 1 to 1000 (the default).
        :return: The sessions.
        :rtype: list[~azure.ai.vision.face.models.LivenessSessionItem]
        :raises ValueError: On API version ``v1.2``, which lists no sessions (checked before sending).
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.list_sessions(False, start, top, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    def delete_liveness_session(self, session_id: str, **kwargs: Any) -> None:
        """Delete a liveness session; its authorization token stops working and its results are gone.

        :param str session_id: The id of the session.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such session.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.delete_session(False, session_id, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    def get_liveness_session_audit_entries(
        self, session_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.LivenessSessionAuditEntry]:
        """List the audit entries of a liveness session: one per liveness request the client application made.

        :param str session_id: The id of the session.
        :keyword str start: List only the entries whose id is greater than this one; pass the last id of a page to
         get the next page.
        :keyword int top: How many entries to list: 1 to 1000 (the default).
        :return: The audit entries, oldest first.
        :rtype: list[~azure.ai.vision.face.models.LivenessSessionAuditEntry]
        :raises ValueError: On API version ``v1.2``, which keeps no audit entries (checked before sending).
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such session.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.list_audit_entries(False, session_id, start, top, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    # ------------------------------------------------------------------ liveness-with-verify sessions

    @overload
    def create_liveness_with_verify_session(
        self,
        body: _models.CreateLivenessWithVerifySessionContent,
        *,
        verify_image: Optional[bytes],
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.CreateLivenessWithVerifySessionResult: ...

    @overload
    def create_liveness_with_verify_session(
        self, body: JSON, *, verify_image: Optional[bytes], content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreateLivenessWithVerifySessionResult: ...

    def create_liveness_with_verify_session(
        self,
        body: Union[_models.CreateLivenessWithVerifySessionContent, JSON],
        *,
        verify_image: Optional[bytes],
        **kwargs: Any
    ) -> _models.CreateLivenessWithVerifySessionResult:
        """Create a liveness-with-verify session: a liveness check that also compares the face with a reference image.

        With ``verify_image`` the options and the image travel together as multipart/form-data, and the result
        describes the face found in the image. With ``verify_image=None`` only the options are sent (as JSON).
        On ``v1.2`` the image is required, each option is a form field of its own, and the whole new session
        (with the face found in the image as its verify reference) is returned.

        :param body: The session options: a content model (``LivenessWithVerifySessionOptions`` on ``v1.2``), or a
         mapping keyed by wire names (``livenessOperationMode``) or attribute names (``liveness_operation_mode``).
        :type body: ~azure.ai.vision.face.models.CreateLivenessWithVerifySessionContent or
         ~azure.ai.vision.face.models.CreateLivenessSessionContent or
         ~azure.ai.vision.face.models.LivenessWithVerifySessionOptions or JSON
        :keyword verify_image: The bytes of the reference image (one face), or None to send no image.
        :paramtype verify_image: bytes or None
        :keyword str content_type: The media type of a JSON request (without ``verify_image``);
         ``application/json`` by default.
        :return: The new session's id and authorization token, and the reference face when an image was sent; on
         ``v1.2`` the whole new session.
        :rtype: ~azure.ai.vision.face.models.CreateLivenessWithVerifySessionResult or
         ~azure.ai.vision.face.models.LivenessWithVerifySessionDetails
        :raises ValueError: On API version ``v1.2`` without ``verify_image`` (checked before sending).
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.create_liveness_with_verify_session(
            body, verify_image=verify_image, content_type=kwargs.pop("content_type", None),
            api_version=self._config.api_version,
        )
        return cast(_models.CreateLivenessWithVerifySessionResult, self._send(call, **kwargs))  # v1.2: the GA model

    def get_liveness_with_verify_session_result(
        self, session_id: str, **kwargs: Any
    ) -> _models.LivenessWithVerifySession:
        """Get a liveness-with-verify session: its settings, status and, once run, the latest result.

        On ``v1.2`` the session's state, its verify reference and every attempt (the latest first).

        :param str session_id: The id of the session.
        :return: The session.
        :rtype: ~azure.ai.vision.face.models.LivenessWithVerifySession or
         ~azure.ai.vision.face.models.LivenessWithVerifySessionDetails
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such session.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.get_session_result(True, session_id, api_version=self._config.api_version)
        return cast(_models.LivenessWithVerifySession, self._send(call, **kwargs))  # v1.2: the GA model

    def get_liveness_with_verify_sessions(
        self, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.LivenessSessionItem]:
        """List the liveness-with-verify sessions, ordered by session id; pages work as in the liveness listing.

        :keyword str start: The session id to list after (exclusive), usually the last id of the previous page.
        :keyword int top: The page size, 1 to 1000 (the default).
        :return: The sessions.
        :rtype: list[~azure.ai.vision.face.models.LivenessSessionItem]
        :raises ValueError: On API version ``v1.2``, which lists no sessions (checked before sending).
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.list_sessions(True, start, top, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    def delete_liveness_with_verify_session(self, session_id: str, **kwargs: Any) -> None:
        """Delete a liveness-with-verify session; its authorization token stops working and its results are gone.

        :param str session_id: The id of the session.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such session.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.delete_session(True, session_id, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    def get_liveness_with_verify_session_audit_entries(
        self, session_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.LivenessSessionAuditEntry]:
        """List the audit entries of a liveness-with-verify session: one per request the client application made.

        :param str session_id: The id of the liveness-with-verify session.
        :keyword str start: The entry id to list after (exclusive), usually the last id of the previous page.
        :keyword int top: The page size, 1 to 1000 (the default).
        :return: The audit entries in the order they were recorded.
        :rtype: list[~azure.ai.vision.face.models.LivenessSessionAuditEntry]
        :raises ValueError: On API version ``v1.2``, which keeps no audit entries (checked before sending).
        :raises ~azure.core.exceptions.ResourceNotFoundError: If the session does not exist.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _requests.list_audit_entries(True, session_id, start, top, api_version=self._config.api_version)
        return self._send(call, **kwargs)

    # ------------------------------------------------------------------ session images

    def get_session_image(self, session_image_id: str, **kwargs: Any) -> Iterator[bytes]:
        """Download an image a session kept (see ``session_image_id`` in its audit entries, or on ``v1.2`` in the
        results of its attempts).

        Needs API version ``v1.2-preview.1`` or later.

        :param str session_image_id: The id of the session image.
        :return: The image's bytes, in chunks.
        :rtype: Iterator[bytes]
        :raises ValueError: If the client's API version keeps no session images (checked before sending).
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such image.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call: Call[Iterator[bytes]] = _requests.get_session_image(
            session_image_id, api_version=self._config.api_version
        )
        return self._send(call, **kwargs)

    @overload
    def detect_from_session_image(
        self,
        body: JSON,
        *,
        content_type: str = "application/json",
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        return_face_id: Optional[bool] = None,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    @overload
    def detect_from_session_image(
        self,
        *,
        session_image_id: str,
        content_type: str = "application/json",
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        return_face_id: Optional[bool] = None,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    @overload
    def detect_from_session_image(
        self,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        return_face_id: Optional[bool] = None,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]: ...

    def detect_from_session_image(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        session_image_id: str = _UNSET,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        return_face_id: Optional[bool] = None,
        return_face_attributes: Optional[List[Union[str, _models.FaceAttributeType]]] = None,
        return_face_landmarks: Optional[bool] = None,
        return_recognition_model: Optional[bool] = None,
        face_id_time_to_live: Optional[int] = None,
        **kwargs: Any
    ) -> List[_models.FaceDetectionResult]:
        """Detect the faces in an image a liveness session kept, with the same options as ``FaceClient.detect``.

        Needs API version ``v1.2-preview.1`` or later.

        :param body: The whole request as JSON (``{"sessionImageId": ...}``) or a binary stream of it. Leave it out
         to use ``session_image_id``.
        :type body: JSON or IO[bytes]
        :keyword str session_image_id: The id of the session image (from an audit entry).
        :keyword detection_model: The detection model; the service uses ``detection_01`` if none is given.
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
        :raises ValueError: If the client's API version keeps no session images (checked
         before sending).
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        check_api_version(self._config.api_version, "detect_from_session_image")
        call = _face.detect_from_session_image(
            body,
            session_image_id=session_image_id,
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
