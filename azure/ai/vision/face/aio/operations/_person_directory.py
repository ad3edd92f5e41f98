# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Person directory operations of FaceAdministrationClient, and its operation status call."""
from __future__ import annotations

from functools import partial
from typing import IO, Any, List, Optional, Union, overload

from azure.core.polling import AsyncLROPoller

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import person_directory as _pd
from azure.ai.vision.face._requests._versions import check_api_version
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.aio.operations._base import AsyncOperationsBase

_RecognitionModel = Union[str, _models.FaceRecognitionModel]
_DetectionModel = Union[str, _models.FaceDetectionModel]


class FaceAdministrationClientOperationsMixin(AsyncOperationsBase):
    """Operations of :class:`~azure.ai.vision.face.aio.FaceAdministrationClient` itself."""

    async def get_operation_result(self, operation_id: str, **kwargs: Any) -> _models.OperationResult:
        """Get the state of a long-running operation, such as one started by a ``begin_`` person directory call.

        The id is the last segment of the operation's ``operation-Location``. The pollers ask this for you.

        :param operation_id: The id of the operation.
        :type operation_id: str
        :return: The operation's status and times, with the failure message if it failed.
        :rtype: ~azure.ai.vision.face.models.OperationResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such operation.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        check_api_version(self._config.api_version, "get_operation_result")
        return await self._send(_pd.get_operation_result(operation_id), **kwargs)


class PersonDirectoryOperations(AsyncOperationsBase):  # pylint: disable=too-many-public-methods
    """Operations on the person directory: reach them as ``FaceAdministrationClient.person_directory``.

    The directory holds persons whose faces are kept per recognition model (at most 248 per model), and
    dynamic person groups: named sets of those persons. Nothing needs training: identify against persons
    (:meth:`~azure.ai.vision.face.aio.FaceClient.identify_from_person_directory`) or a group
    (:meth:`~azure.ai.vision.face.aio.FaceClient.identify_from_dynamic_person_group`) once the operations that
    changed them have succeeded. Calls that change the directory run as long-running operations (``begin_``
    methods); their pollers accept ``polling``, ``polling_interval`` and ``continuation_token`` as training does.
    The GA API version ``v1.2`` has none of these operations: with it they raise ``ValueError`` before sending.
    """

    def _available(self, operation: str) -> None:
        check_api_version(self._config.api_version, "person_directory." + operation)

    # ------------------------------------------------------------------ persons

    @overload
    async def begin_create_person(
        self, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryPerson]: ...

    @overload
    async def begin_create_person(
        self, *, name: str, content_type: str = "application/json", user_data: Optional[str] = None, **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryPerson]: ...

    @overload
    async def begin_create_person(
        self, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryPerson]: ...

    async def begin_create_person(
        self,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryPerson]:
        """Create a person in the person directory, without faces yet.

        The service answers at once with the person's id and finishes the creation in the background; the
        poller's result is the person as stored once it has. Faces are added per recognition model with
        :meth:`begin_add_face`.

        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The person's display name, at most 128 characters.
        :keyword str user_data: Free data to keep with the person, at most 16 KB.
        :keyword polling: True (the default) to poll the operation status, False to not poll (the result is then
         the person's id alone), or a polling method of your own.
        :paramtype polling: bool or ~azure.core.polling.AsyncPollingMethod
        :keyword int polling_interval: Seconds between polls when the service gives no Retry-After.
        :keyword str continuation_token: Resume the poller saved with ``continuation_token()``.
        :return: A poller whose result is the created person.
        :rtype: ~azure.core.polling.AsyncLROPoller[~azure.ai.vision.face.models.PersonDirectoryPerson]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_create_person")
        content_type = kwargs.pop("content_type", None)
        call = partial(_pd.create_person, body, name=name, user_data=user_data, content_type=content_type)
        return await self._begin(call, load=_models.PersonDirectoryPerson._from_wire, locate=_pd.LOCATE_PERSON,
                                 **kwargs)

    async def begin_delete_person(self, person_id: str, **kwargs: Any) -> AsyncLROPoller[None]:
        """Delete a person of the directory, with all their faces and their places in dynamic person groups.

        :param person_id: The id of the person.
        :type person_id: str
        :keyword polling: True (the default) to poll the operation status, False to not poll, or a polling method
         of your own.
        :paramtype polling: bool or ~azure.core.polling.AsyncPollingMethod
        :keyword int polling_interval: Seconds between polls when the service gives no Retry-After.
        :keyword str continuation_token: Resume the poller saved with ``continuation_token()``.
        :return: A poller whose result is None once the person is gone.
        :rtype: ~azure.core.polling.AsyncLROPoller[None]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_delete_person")
        return await self._begin(_pd.delete(_pd.person(person_id)), locate=None, **kwargs)

    async def get_person(self, person_id: str, **kwargs: Any) -> _models.PersonDirectoryPerson:
        """Get a person of the directory: name and user data.

        :param person_id: The id of the person.
        :type person_id: str
        :return: The person.
        :rtype: ~azure.ai.vision.face.models.PersonDirectoryPerson
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_person")
        return await self._send(_pd.get_person(person_id), **kwargs)

    @overload
    async def update_person(
        self, person_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    async def update_person(
        self,
        person_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    async def update_person(
        self, person_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    async def update_person(
        self,
        person_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a person; what is left out stays as it is.

        :param person_id: The id of the person.
        :type person_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("update_person")
        call = _pd.update(_pd.person(person_id), body, name=name, user_data=user_data,
                          content_type=kwargs.pop("content_type", None))
        return await self._send(call, **kwargs)

    async def get_persons(
        self, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.PersonDirectoryPerson]:
        """List the persons of the directory in order of their ids, one page at a time.

        To read the next page, pass the id of the last person received as ``start``.

        :keyword str start: Return only persons whose id sorts after this one.
        :keyword int top: How many persons to return: 1 to 1000 (the service's default is 1000).
        :return: One page of persons.
        :rtype: list[~azure.ai.vision.face.models.PersonDirectoryPerson]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_persons")
        return await self._send(_pd.get_persons(start=start, top=top), **kwargs)

    async def get_dynamic_person_group_references(
        self, person_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> _models.ListGroupReferenceResult:
        """List the dynamic person groups that hold a person, in order of their ids, one page at a time.

        :param person_id: The id of the person.
        :type person_id: str
        :keyword str start: Return only groups whose id sorts after this one.
        :keyword int top: How many group ids to return: 1 to 1000 (the service's default is 1000).
        :return: The ids of the groups.
        :rtype: ~azure.ai.vision.face.models.ListGroupReferenceResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_dynamic_person_group_references")
        return await self._send(_pd.get_group_references(person_id, start=start, top=top), **kwargs)

    # ------------------------------------------------------------------ faces

    @overload
    async def begin_add_face_from_url(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        body: JSON,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[_DetectionModel] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryFace]: ...

    @overload
    async def begin_add_face_from_url(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        *,
        url: str,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[_DetectionModel] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryFace]: ...

    @overload
    async def begin_add_face_from_url(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        body: IO[bytes],
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[_DetectionModel] = None,
        user_data: Optional[str] = None,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryFace]: ...

    async def begin_add_face_from_url(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        url: str = _UNSET,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[_DetectionModel] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryFace]:
        """Add a face to a person, for one recognition model, from an image the service downloads from a URL.

        The image rules are those of :meth:`begin_add_face`.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the face is kept for; identification with faceIds of
         this model sees it.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :param body: The whole request as JSON (``{"url": ...}``) or a binary stream of it; leave it out to use
         ``url``.
        :type body: JSON or IO[bytes]
        :keyword str url: The URL of the image.
        :keyword target_face: The rectangle of the face to add, as ``[left, top, width, height]``.
        :paramtype target_face: list[int]
        :keyword detection_model: The detection model (``detection_01`` by default).
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword str user_data: Free data to keep with the face, at most 1 KB.
        :return: A poller whose result is the stored face.
        :rtype: ~azure.core.polling.AsyncLROPoller[~azure.ai.vision.face.models.PersonDirectoryFace]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_add_face_from_url")
        content_type = kwargs.pop("content_type", None)
        call = partial(  # built only when no continuation_token resumes the operation
            _pd.add_face_from_url,
            person_id,
            recognition_model,
            body,
            url=url,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=content_type,
        )
        return await self._begin(call, load=_models.PersonDirectoryFace._from_wire, locate=_pd.LOCATE_FACE, **kwargs)

    async def begin_add_face(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        image_content: bytes,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[_DetectionModel] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.PersonDirectoryFace]:
        """Add a face to a person, for one recognition model, from the bytes of an image.

        The image must hold exactly one face, unless ``target_face`` says which face to take; only the face's
        features are kept. A person holds at most 248 faces per recognition model.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the face is kept for.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :param image_content: The bytes of the image (JPEG, PNG, GIF or BMP; 1 KB to 6 MB).
        :type image_content: bytes
        :keyword target_face: The rectangle of the face to add, as ``[left, top, width, height]``.
        :paramtype target_face: list[int]
        :keyword detection_model: The detection model (``detection_01`` by default).
        :paramtype detection_model: str or ~azure.ai.vision.face.models.FaceDetectionModel
        :keyword str user_data: Free data to keep with the face, at most 1 KB.
        :return: A poller whose result is the stored face.
        :rtype: ~azure.core.polling.AsyncLROPoller[~azure.ai.vision.face.models.PersonDirectoryFace]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_add_face")
        content_type = kwargs.pop("content_type", None)
        call = partial(  # built only when no continuation_token resumes the operation
            _pd.add_face,
            person_id,
            recognition_model,
            image_content,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=content_type,
        )
        return await self._begin(call, load=_models.PersonDirectoryFace._from_wire, locate=_pd.LOCATE_FACE, **kwargs)

    async def begin_delete_face(
        self, person_id: str, recognition_model: _RecognitionModel, persisted_face_id: str, **kwargs: Any
    ) -> AsyncLROPoller[None]:
        """Remove a face that a person holds for one recognition model.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the face is kept for.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :return: A poller whose result is None once the face is gone.
        :rtype: ~azure.core.polling.AsyncLROPoller[None]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_delete_face")
        call = _pd.delete(_pd.face(person_id, recognition_model, persisted_face_id))
        return await self._begin(call, locate=None, **kwargs)

    async def get_face(
        self, person_id: str, recognition_model: _RecognitionModel, persisted_face_id: str, **kwargs: Any
    ) -> _models.PersonDirectoryFace:
        """Get a face a person holds for one recognition model, with its user data.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the face is kept for.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :return: The face.
        :rtype: ~azure.ai.vision.face.models.PersonDirectoryFace
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_face")
        return await self._send(_pd.get_face(person_id, recognition_model, persisted_face_id), **kwargs)

    @overload
    async def update_face(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        persisted_face_id: str,
        body: JSON,
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    @overload
    async def update_face(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        persisted_face_id: str,
        *,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    async def update_face(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        persisted_face_id: str,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    async def update_face(
        self,
        person_id: str,
        recognition_model: _RecognitionModel,
        persisted_face_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the user data of a face a person holds.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the face is kept for.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str user_data: The new user data, at most 1 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("update_face")
        call = _pd.update_face(_pd.face(person_id, recognition_model, persisted_face_id), body, user_data=user_data,
                               content_type=kwargs.pop("content_type", None))
        return await self._send(call, **kwargs)

    async def get_faces(
        self, person_id: str, recognition_model: _RecognitionModel, **kwargs: Any
    ) -> _models.ListFaceResult:
        """List the ids of the faces a person holds for one recognition model.

        :param person_id: The id of the person.
        :type person_id: str
        :param recognition_model: The recognition model the faces are kept for.
        :type recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :return: The person's id and the ids of the faces.
        :rtype: ~azure.ai.vision.face.models.ListFaceResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_faces")
        return await self._send(_pd.get_faces(person_id, recognition_model), **kwargs)

    # ------------------------------------------------------------------ dynamic person groups

    @overload
    async def begin_create_dynamic_person_group_with_person(
        self, dynamic_person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    @overload
    async def begin_create_dynamic_person_group_with_person(
        self,
        dynamic_person_group_id: str,
        *,
        name: str,
        add_person_ids: List[str],
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    @overload
    async def begin_create_dynamic_person_group_with_person(
        self, dynamic_person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    async def begin_create_dynamic_person_group_with_person(
        self,
        dynamic_person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        add_person_ids: List[str] = _UNSET,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]:
        """Create a dynamic person group holding existing persons of the directory.

        :param dynamic_person_group_id: The id to give the group: lower-case letters, digits, '-' and '_', at most
         64 characters.
        :type dynamic_person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The group's display name, at most 128 characters.
        :keyword list[str] add_person_ids: The persons to put in the group (at least one).
        :keyword str user_data: Free data to keep with the group, at most 16 KB.
        :return: A poller whose result is the group, once it holds the persons (None when not polling).
        :rtype: ~azure.core.polling.AsyncLROPoller[~azure.ai.vision.face.models.DynamicPersonGroup]
        :raises ~azure.core.exceptions.ResourceExistsError: If a group with this id already exists.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_create_dynamic_person_group_with_person")
        content_type = kwargs.pop("content_type", None)
        call = partial(  # built only when no continuation_token resumes the operation
            _pd.create_group_with_person,
            dynamic_person_group_id,
            body,
            name=name,
            user_data=user_data,
            add_person_ids=add_person_ids,
            content_type=content_type,
        )
        return await self._begin(call, load=_models.DynamicPersonGroup._from_wire, locate=_pd.LOCATE_GROUP, **kwargs)

    @overload
    async def create_dynamic_person_group(
        self, dynamic_person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    async def create_dynamic_person_group(
        self,
        dynamic_person_group_id: str,
        *,
        name: str,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    async def create_dynamic_person_group(
        self, dynamic_person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    async def create_dynamic_person_group(
        self,
        dynamic_person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Create an empty dynamic person group (at once; add persons with
        :meth:`begin_update_dynamic_person_group_with_person_changes`).

        :param dynamic_person_group_id: The id to give the group: lower-case letters, digits, '-' and '_', at most
         64 characters.
        :type dynamic_person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The group's display name, at most 128 characters.
        :keyword str user_data: Free data to keep with the group, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceExistsError: If a group with this id already exists.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("create_dynamic_person_group")
        call = _pd.create_group(dynamic_person_group_id, body, name=name, user_data=user_data,
                                content_type=kwargs.pop("content_type", None))
        return await self._send(call, **kwargs)

    @overload
    async def begin_update_dynamic_person_group_with_person_changes(
        self, dynamic_person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    @overload
    async def begin_update_dynamic_person_group_with_person_changes(
        self,
        dynamic_person_group_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        add_person_ids: Optional[List[str]] = None,
        remove_person_ids: Optional[List[str]] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    @overload
    async def begin_update_dynamic_person_group_with_person_changes(
        self, dynamic_person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]: ...

    async def begin_update_dynamic_person_group_with_person_changes(
        self,
        dynamic_person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        add_person_ids: Optional[List[str]] = None,
        remove_person_ids: Optional[List[str]] = None,
        **kwargs: Any
    ) -> AsyncLROPoller[_models.DynamicPersonGroup]:
        """Add persons to and/or remove persons from a dynamic person group, and optionally rename it.

        :param dynamic_person_group_id: The id of the group.
        :type dynamic_person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :keyword list[str] add_person_ids: Persons of the directory to put in the group.
        :keyword list[str] remove_person_ids: Persons to take out of the group.
        :return: A poller whose result is the group once the change is done (None when not polling).
        :rtype: ~azure.core.polling.AsyncLROPoller[~azure.ai.vision.face.models.DynamicPersonGroup]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_update_dynamic_person_group_with_person_changes")
        content_type = kwargs.pop("content_type", None)
        call = partial(  # built only when no continuation_token resumes the operation
            _pd.update_group_with_person_changes,
            dynamic_person_group_id,
            body,
            name=name,
            user_data=user_data,
            add_person_ids=add_person_ids,
            remove_person_ids=remove_person_ids,
            content_type=content_type,
        )
        return await self._begin(call, load=_models.DynamicPersonGroup._from_wire, locate=_pd.LOCATE_GROUP, **kwargs)

    @overload
    async def update_dynamic_person_group(
        self, dynamic_person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    async def update_dynamic_person_group(
        self,
        dynamic_person_group_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    async def update_dynamic_person_group(
        self, dynamic_person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    async def update_dynamic_person_group(
        self,
        dynamic_person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a dynamic person group (at once); what is left out stays.

        :param dynamic_person_group_id: The id of the group.
        :type dynamic_person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("update_dynamic_person_group")
        call = _pd.update(_pd.group(dynamic_person_group_id), body, name=name, user_data=user_data,
                          content_type=kwargs.pop("content_type", None))
        return await self._send(call, **kwargs)

    async def begin_delete_dynamic_person_group(
        self, dynamic_person_group_id: str, **kwargs: Any
    ) -> AsyncLROPoller[None]:
        """Delete a dynamic person group; its persons stay in the directory.

        :param dynamic_person_group_id: The id of the group.
        :type dynamic_person_group_id: str
        :return: A poller whose result is None once the group is gone.
        :rtype: ~azure.core.polling.AsyncLROPoller[None]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request, or (from the poller)
         if the operation fails.
        """
        self._available("begin_delete_dynamic_person_group")
        return await self._begin(_pd.delete(_pd.group(dynamic_person_group_id)), locate=None, **kwargs)

    async def get_dynamic_person_group(self, dynamic_person_group_id: str, **kwargs: Any) -> _models.DynamicPersonGroup:
        """Get the name and user data of a dynamic person group (its persons: :meth:`get_dynamic_person_group_persons`).

        :param dynamic_person_group_id: The id of the group.
        :type dynamic_person_group_id: str
        :return: The group.
        :rtype: ~azure.ai.vision.face.models.DynamicPersonGroup
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_dynamic_person_group")
        return await self._send(_pd.get_group(dynamic_person_group_id), **kwargs)

    async def get_dynamic_person_groups(
        self, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.DynamicPersonGroup]:
        """List the dynamic person groups in order of their ids, one page at a time.

        :keyword str start: Return only groups whose id sorts after this one.
        :keyword int top: How many groups to return: 1 to 1000 (the service's default is 1000).
        :return: One page of groups.
        :rtype: list[~azure.ai.vision.face.models.DynamicPersonGroup]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_dynamic_person_groups")
        return await self._send(_pd.get_groups(start=start, top=top), **kwargs)

    async def get_dynamic_person_group_persons(
        self, dynamic_person_group_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> _models.ListPersonResult:
        """List the ids of the persons a dynamic person group holds, in order, one page at a time.

        :param dynamic_person_group_id: The id of the group.
        :type dynamic_person_group_id: str
        :keyword str start: Return only persons whose id sorts after this one.
        :keyword int top: How many person ids to return: 1 to 1000 (the service's default is 1000).
        :return: The ids of the persons.
        :rtype: ~azure.ai.vision.face.models.ListPersonResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        self._available("get_dynamic_person_group_persons")
        return await self._send(_pd.get_group_persons(dynamic_person_group_id, start=start, top=top), **kwargs)
