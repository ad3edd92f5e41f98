# GENERATED from azure/ai/vision/face/aio/operations/_face_list.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Face list operations of FaceAdministrationClient (an extension: the published package has none)."""
from __future__ import annotations

from typing import IO, Any, List, Optional, Union, overload

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import _containers as _c
from azure.ai.vision.face._requests._base import list_loader, path
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.operations._base import OperationsBase


class FaceListOperations(OperationsBase):
    """Operations on face lists: reach them as ``FaceAdministrationClient.face_list``.

    A face list holds up to 1,000 persisted faces for
    :meth:`~azure.ai.vision.face.FaceClient.find_similar_from_face_list`. It needs no training: a search sees
    faces as soon as they are added. For more faces, use a large face list.
    """

    @overload
    def create(
        self, face_list_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self,
        face_list_id: str,
        *,
        name: str,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self, face_list_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def create(
        self,
        face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None:
        """Create an empty face list with a caller-chosen id.

        Up to 1,000 faces fit in one list. Its recognition model is chosen here and cannot change later;
        faceIds compared with the list must come from the same model.

        :param face_list_id: The id to give the list: lower-case letters, digits, '-' and '_', at most 64
         characters.
        :type face_list_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The list's display name, at most 128 characters.
        :keyword str user_data: Free data to keep with the list, at most 16 KB.
        :keyword recognition_model: The recognition model of the list's faces (``recognition_01`` by default;
         ``recognition_04`` is the most accurate).
        :paramtype recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceExistsError: If a list with this id already exists.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.create(
            path(_c.FACE_LIST.one, faceListId=face_list_id),
            body,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete(self, face_list_id: str, **kwargs: Any) -> None:
        """Delete a face list and all the faces persisted in it.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.FACE_LIST.one, faceListId=face_list_id))
        return self._send(call, **kwargs)

    def get(
        self, face_list_id: str, *, return_recognition_model: Optional[bool] = None, **kwargs: Any
    ) -> _models.FaceList:
        """Get a face list: its name, user data, (optionally) recognition model and the faces it holds.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :keyword bool return_recognition_model: Whether to include the list's recognition model (the service's
         default is False).
        :return: The list, with its persisted faces.
        :rtype: ~azure.ai.vision.face.models.FaceList
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.FACE_LIST.one, faceListId=face_list_id), _models.FaceList._from_wire,
                      return_recognition_model=return_recognition_model)
        return self._send(call, **kwargs)

    @overload
    def update(
        self, face_list_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self,
        face_list_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self, face_list_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def update(
        self,
        face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a face list; what is left out stays as it is.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.update(
            path(_c.FACE_LIST.one, faceListId=face_list_id),
            body,
            name=name,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def get_face_lists(
        self, *, return_recognition_model: Optional[bool] = None, **kwargs: Any
    ) -> List[_models.FaceListItem]:
        """List all face lists, without their faces (this listing is not paged).

        :keyword bool return_recognition_model: Whether to include each list's recognition model (the service's
         default is False).
        :return: Every face list of the resource.
        :rtype: list[~azure.ai.vision.face.models.FaceListItem]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(_c.FACE_LIST.all, list_loader(_models.FaceListItem._from_wire),
                      return_recognition_model=return_recognition_model)
        return self._send(call, **kwargs)

    def add_face(
        self,
        face_list_id: str,
        image_content: bytes,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a face list from the bytes of an image.

        The image must hold exactly one face, unless ``target_face`` says which face to take. Only the face's
        features are kept, not the image. A list holds at most 1,000 faces.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :param image_content: The bytes of the image (JPEG, PNG, GIF or BMP; 1 KB to 6 MB).
        :type image_content: bytes
        :keyword target_face: The rectangle of the face to add, as ``[left, top, width, height]``.
        :paramtype target_face: list[int]
        :keyword detection_model: The detection model (``detection_01`` by default).
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword str user_data: Free data to keep with the face, at most 1 KB.
        :return: The id of the persisted face.
        :rtype: ~azure.ai.vision.face.models.AddFaceResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.add_face(
            path(_c.FACE_LIST.faces, faceListId=face_list_id),
            image_content,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    @overload
    def add_face_from_url(
        self,
        face_list_id: str,
        body: JSON,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.AddFaceResult: ...

    @overload
    def add_face_from_url(
        self,
        face_list_id: str,
        *,
        url: str,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.AddFaceResult: ...

    @overload
    def add_face_from_url(
        self,
        face_list_id: str,
        body: IO[bytes],
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> _models.AddFaceResult: ...

    def add_face_from_url(
        self,
        face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        url: str = _UNSET,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a face list from an image the service downloads from a URL.

        The image rules are those of :meth:`add_face`.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :param body: The whole request as JSON (``{"url": ...}``) or a binary stream of it; leave it out to use
         ``url``.
        :type body: JSON or IO[bytes]
        :keyword str url: The URL of the image.
        :keyword target_face: The rectangle of the face to add, as ``[left, top, width, height]``.
        :paramtype target_face: list[int]
        :keyword detection_model: The detection model (``detection_01`` by default).
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword str user_data: Free data to keep with the face, at most 1 KB.
        :return: The id of the persisted face.
        :rtype: ~azure.ai.vision.face.models.AddFaceResult
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.add_face_from_url(
            path(_c.FACE_LIST.faces, faceListId=face_list_id),
            body,
            url=url,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete_face(self, face_list_id: str, persisted_face_id: str, **kwargs: Any) -> None:
        """Remove a persisted face from a face list.

        :param face_list_id: The id of the list.
        :type face_list_id: str
        :param persisted_face_id: The id of the face, from :meth:`add_face`.
        :type persisted_face_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.FACE_LIST.face, faceListId=face_list_id, persistedFaceId=persisted_face_id))
        return self._send(call, **kwargs)
