# GENERATED from azure/ai/vision/face/aio/operations/_large_face_list.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Large face list operations of FaceAdministrationClient."""
from __future__ import annotations

from typing import IO, Any, List, Optional, Union, overload

from azure.core.polling import LROPoller

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import _containers as _c
from azure.ai.vision.face._requests._base import path
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.operations._base import OperationsBase


class LargeFaceListOperations(OperationsBase):
    """Operations on large face lists: reach them as ``FaceAdministrationClient.large_face_list``.

    A large face list holds up to 1,000,000 persisted faces for
    :meth:`~azure.ai.vision.face.FaceClient.find_similar_from_large_face_list`; after faces are added or
    removed, train it again (:meth:`begin_train`) before the search sees the change.
    """

    @overload
    def create(
        self, large_face_list_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self,
        large_face_list_id: str,
        *,
        name: str,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self, large_face_list_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def create(
        self,
        large_face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None:
        """Create an empty large face list with a caller-chosen id.

        Up to 1,000,000 faces fit in one list. Its recognition model is chosen here and cannot change later;
        faceIds compared with the list must come from the same model.

        :param large_face_list_id: The id to give the list: lower-case letters, digits, '-' and '_', at most 64
         characters.
        :type large_face_list_id: str
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
            path(_c.LIST, largeFaceListId=large_face_list_id),
            body,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete(self, large_face_list_id: str, **kwargs: Any) -> None:
        """Delete a large face list and all the faces persisted in it.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.LIST, largeFaceListId=large_face_list_id))
        return self._send(call, **kwargs)

    def get(
        self, large_face_list_id: str, *, return_recognition_model: Optional[bool] = None, **kwargs: Any
    ) -> _models.LargeFaceList:
        """Get the name, user data and (optionally) recognition model of a large face list.

        Use :meth:`get_faces` for the faces it holds.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :keyword bool return_recognition_model: Whether to include the list's recognition model (the service's
         default is False).
        :return: The list.
        :rtype: ~azure.ai.vision.face.models.LargeFaceList
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.LIST, largeFaceListId=large_face_list_id), _models.LargeFaceList._from_wire,
                      return_recognition_model=return_recognition_model)
        return self._send(call, **kwargs)

    @overload
    def update(
        self, large_face_list_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self,
        large_face_list_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self, large_face_list_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def update(
        self,
        large_face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a large face list; what is left out stays as it is.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
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
            path(_c.LIST, largeFaceListId=large_face_list_id), body, name=name, user_data=user_data, content_type=kwargs.pop("content_type", None)
        )
        return self._send(call, **kwargs)

    def get_large_face_lists(
        self,
        *,
        start: Optional[str] = None,
        top: Optional[int] = None,
        return_recognition_model: Optional[bool] = None,
        **kwargs: Any
    ) -> List[_models.LargeFaceList]:
        """List large face lists in order of their ids, one page at a time.

        To read the next page, pass the id of the last list received as ``start``.

        :keyword str start: Return only lists whose id sorts after this one.
        :keyword int top: How many lists to return: 1 to 1000 (the service's default is 1000).
        :keyword bool return_recognition_model: Whether to include each list's recognition model.
        :return: One page of lists.
        :rtype: list[~azure.ai.vision.face.models.LargeFaceList]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.page(_c.LISTS, _models.LargeFaceList._from_wire, start=start, top=top,
                       return_recognition_model=return_recognition_model)
        return self._send(call, **kwargs)

    def get_training_status(self, large_face_list_id: str, **kwargs: Any) -> _models.FaceTrainingResult:
        """Get the state of the latest training of a large face list.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :return: The training status, with times and the failure message if it failed.
        :rtype: ~azure.ai.vision.face.models.FaceTrainingResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list, or it was never trained.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.training_status(path(_c.LIST_TRAINING, largeFaceListId=large_face_list_id))
        return self._send(call, **kwargs)

    def begin_train(self, large_face_list_id: str, **kwargs: Any) -> LROPoller[None]:
        """Start training a large face list, so that find-similar searches see its current faces.

        Training runs on the service; the poller follows it until it succeeds or fails.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :keyword polling: True (the default) to poll with the training polling method, False to not poll, or a
         polling method of your own.
        :paramtype polling: bool or ~azure.core.polling.PollingMethod
        :keyword int polling_interval: Seconds between polls when the service gives no Retry-After (the client's
         setting by default).
        :keyword str continuation_token: Resume the poller saved with ``continuation_token()``.
        :return: A poller whose result is None once training has succeeded.
        :rtype: ~azure.core.polling.LROPoller[None]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if training fails, with the service's reason in the message.
        """
        call = _c.train(path(_c.LIST_TRAIN, largeFaceListId=large_face_list_id))
        return self._begin(call, **kwargs)

    def add_face(
        self,
        large_face_list_id: str,
        image_content: bytes,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a large face list from the bytes of an image.

        The image must hold exactly one face, unless ``target_face`` says which face to take. Only the face's
        features are kept, not the image. Train the list again before searching it.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
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
            path(_c.LIST_FACES, largeFaceListId=large_face_list_id),
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
        large_face_list_id: str,
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
        large_face_list_id: str,
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
        large_face_list_id: str,
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
        large_face_list_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        url: str = _UNSET,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a large face list from an image the service downloads from a URL.

        The image rules are those of :meth:`add_face`.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
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
            path(_c.LIST_FACES, largeFaceListId=large_face_list_id),
            body,
            url=url,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete_face(self, large_face_list_id: str, persisted_face_id: str, **kwargs: Any) -> None:
        """Remove a persisted face from a large face list.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :param persisted_face_id: The id of the face, from :meth:`add_face`.
        :type persisted_face_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.LIST_FACE, largeFaceListId=large_face_list_id, persistedFaceId=persisted_face_id))
        return self._send(call, **kwargs)

    def get_face(
        self, large_face_list_id: str, persisted_face_id: str, **kwargs: Any
    ) -> _models.LargeFaceListFace:
        """Get a persisted face of a large face list, with its user data.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :return: The face.
        :rtype: ~azure.ai.vision.face.models.LargeFaceListFace
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.LIST_FACE, largeFaceListId=large_face_list_id, persistedFaceId=persisted_face_id), _models.LargeFaceListFace._from_wire)
        return self._send(call, **kwargs)

    @overload
    def update_face(
        self,
        large_face_list_id: str,
        persisted_face_id: str,
        body: JSON,
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_face(
        self,
        large_face_list_id: str,
        persisted_face_id: str,
        *,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_face(
        self,
        large_face_list_id: str,
        persisted_face_id: str,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    def update_face(
        self,
        large_face_list_id: str,
        persisted_face_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the user data of a persisted face in a large face list.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str user_data: The new user data, at most 1 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.update_face(
            path(_c.LIST_FACE, largeFaceListId=large_face_list_id, persistedFaceId=persisted_face_id),
            body,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def get_faces(
        self, large_face_list_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.LargeFaceListFace]:
        """List the persisted faces of a large face list in order of their ids, one page at a time.

        To read the next page, pass the id of the last face received as ``start``.

        :param large_face_list_id: The id of the list.
        :type large_face_list_id: str
        :keyword str start: Return only faces whose id sorts after this one.
        :keyword int top: How many faces to return: 1 to 1000 (the service's default is 1000).
        :return: One page of faces.
        :rtype: list[~azure.ai.vision.face.models.LargeFaceListFace]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such list.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.page(path(_c.LIST_FACES, largeFaceListId=large_face_list_id), _models.LargeFaceListFace._from_wire,
                       start=start, top=top)
        return self._send(call, **kwargs)
