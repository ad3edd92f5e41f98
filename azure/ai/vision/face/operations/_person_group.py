# GENERATED from azure/ai/vision/face/aio/operations/_person_group.py by tests/unasync.py: edit that file, then rerun.
# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Person group operations of FaceAdministrationClient (an extension: the published package has none)."""
from __future__ import annotations

from typing import IO, Any, List, Optional, Union, overload

from azure.core.polling import LROPoller

from azure.ai.vision.face import models as _models
from azure.ai.vision.face._requests import _containers as _c
from azure.ai.vision.face._requests._base import path
from azure.ai.vision.face._types import _UNSET, JSON
from azure.ai.vision.face.operations._base import OperationsBase


class PersonGroupOperations(OperationsBase):
    """Operations on person groups: reach them as ``FaceAdministrationClient.person_group``.

    A person group holds up to 10,000 persons (1,000 on the free tier), each with up to 248 persisted faces, for
    :meth:`~azure.ai.vision.face.FaceClient.identify_from_person_group` and
    :meth:`~azure.ai.vision.face.FaceClient.verify_from_person_group`; after persons or faces change, train it
    again (:meth:`begin_train`) before identification sees the change. For more persons, use a large person group.
    """

    @overload
    def create(
        self, person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self,
        person_group_id: str,
        *,
        name: str,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def create(
        self, person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def create(
        self,
        person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, _models.FaceRecognitionModel]] = None,
        **kwargs: Any
    ) -> None:
        """Create an empty person group with a caller-chosen id.

        The group's recognition model is chosen here and cannot change later; faceIds identified against the
        group must come from the same model.

        :param person_group_id: The id to give the group: lower-case letters, digits, '-' and '_', at most
         64 characters.
        :type person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The group's display name, at most 128 characters.
        :keyword str user_data: Free data to keep with the group, at most 16 KB.
        :keyword recognition_model: The recognition model of the group's faces (``recognition_01`` by default;
         ``recognition_04`` is the most accurate).
        :paramtype recognition_model: str or ~azure.ai.vision.face.models.FaceRecognitionModel
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceExistsError: If a group with this id already exists.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.create(
            path(_c.PERSON_GROUP.one, personGroupId=person_group_id),
            body,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete(self, person_group_id: str, **kwargs: Any) -> None:
        """Delete a person group with all its persons and their faces.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.PERSON_GROUP.one, personGroupId=person_group_id))
        return self._send(call, **kwargs)

    def get(
        self, person_group_id: str, *, return_recognition_model: Optional[bool] = None, **kwargs: Any
    ) -> _models.PersonGroup:
        """Get the name, user data and (optionally) recognition model of a person group.

        Use :meth:`get_persons` for the persons in it.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :keyword bool return_recognition_model: Whether to include the group's recognition model (the service's
         default is False).
        :return: The group.
        :rtype: ~azure.ai.vision.face.models.PersonGroup
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.PERSON_GROUP.one, personGroupId=person_group_id), _models.PersonGroup._from_wire,
                      return_recognition_model=return_recognition_model)
        return self._send(call, **kwargs)

    @overload
    def update(
        self, person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self,
        person_group_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update(
        self, person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> None: ...

    def update(
        self,
        person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a person group; what is left out stays as it is.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.update(
            path(_c.PERSON_GROUP.one, personGroupId=person_group_id),
            body,
            name=name,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def get_person_groups(
        self,
        *,
        start: Optional[str] = None,
        top: Optional[int] = None,
        return_recognition_model: Optional[bool] = None,
        **kwargs: Any
    ) -> List[_models.PersonGroup]:
        """List person groups in order of their ids, one page at a time.

        To read the next page, pass the id of the last group received as ``start``.

        :keyword str start: Return only groups whose id sorts after this one.
        :keyword int top: How many groups to return: 1 to 1000 (the service's default is 1000).
        :keyword bool return_recognition_model: Whether to include each group's recognition model.
        :return: One page of groups.
        :rtype: list[~azure.ai.vision.face.models.PersonGroup]
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.page(
            _c.PERSON_GROUP.all,
            _models.PersonGroup._from_wire,
            start=start,
            top=top,
            return_recognition_model=return_recognition_model,
        )
        return self._send(call, **kwargs)

    def get_training_status(self, person_group_id: str, **kwargs: Any) -> _models.FaceTrainingResult:
        """Get the state of the latest training of a person group.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :return: The training status, with times and the failure message if it failed.
        :rtype: ~azure.ai.vision.face.models.FaceTrainingResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group, or it was never trained.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.training_status(path(_c.PERSON_GROUP.training, personGroupId=person_group_id))
        return self._send(call, **kwargs)

    def begin_train(self, person_group_id: str, **kwargs: Any) -> LROPoller[None]:
        """Start training a person group, so that identification sees its current persons and faces.

        Training runs on the service; the poller follows it until it succeeds or fails.

        :param person_group_id: The id of the group.
        :type person_group_id: str
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
        call = _c.train(path(_c.PERSON_GROUP.train, personGroupId=person_group_id))
        return self._begin(call, **kwargs)

    @overload
    def create_person(
        self, person_group_id: str, body: JSON, *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreatePersonResult: ...

    @overload
    def create_person(
        self,
        person_group_id: str,
        *,
        name: str,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.CreatePersonResult: ...

    @overload
    def create_person(
        self, person_group_id: str, body: IO[bytes], *, content_type: str = "application/json", **kwargs: Any
    ) -> _models.CreatePersonResult: ...

    def create_person(
        self,
        person_group_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: str = _UNSET,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.CreatePersonResult:
        """Create a person, without faces yet, in a person group.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The person's display name, at most 128 characters.
        :keyword str user_data: Free data to keep with the person, at most 16 KB.
        :return: The id the service gave the person.
        :rtype: ~azure.ai.vision.face.models.CreatePersonResult
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.create_person(
            path(_c.PERSON_GROUP.persons, personGroupId=person_group_id),
            body,
            name=name,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete_person(self, person_group_id: str, person_id: str, **kwargs: Any) -> None:
        """Delete a person of a person group, with all their faces.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group or person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.PERSON_GROUP.person, personGroupId=person_group_id, personId=person_id))
        return self._send(call, **kwargs)

    def get_person(
        self, person_group_id: str, person_id: str, **kwargs: Any
    ) -> _models.PersonGroupPerson:
        """Get a person of a person group: name, user data and the ids of their persisted faces.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :return: The person.
        :rtype: ~azure.ai.vision.face.models.PersonGroupPerson
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group or person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.PERSON_GROUP.person, personGroupId=person_group_id, personId=person_id),
                      _models.PersonGroupPerson._from_wire)
        return self._send(call, **kwargs)

    @overload
    def update_person(
        self,
        person_group_id: str,
        person_id: str,
        body: JSON,
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_person(
        self,
        person_group_id: str,
        person_id: str,
        *,
        content_type: str = "application/json",
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_person(
        self,
        person_group_id: str,
        person_id: str,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    def update_person(
        self,
        person_group_id: str,
        person_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        name: Optional[str] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the name and/or user data of a person; what is left out stays as it is.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str name: The new display name, at most 128 characters.
        :keyword str user_data: The new user data, at most 16 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group or person.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.update(
            path(_c.PERSON_GROUP.person, personGroupId=person_group_id, personId=person_id),
            body,
            name=name,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def get_persons(
        self, person_group_id: str, *, start: Optional[str] = None, top: Optional[int] = None, **kwargs: Any
    ) -> List[_models.PersonGroupPerson]:
        """List the persons of a person group in order of their ids, one page at a time.

        To read the next page, pass the id of the last person received as ``start``.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :keyword str start: Return only persons whose id sorts after this one.
        :keyword int top: How many persons to return: 1 to 1000 (the service's default is 1000).
        :return: One page of persons.
        :rtype: list[~azure.ai.vision.face.models.PersonGroupPerson]
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.page(path(_c.PERSON_GROUP.persons, personGroupId=person_group_id),
                       _models.PersonGroupPerson._from_wire, start=start, top=top)
        return self._send(call, **kwargs)

    def add_face(
        self,
        person_group_id: str,
        person_id: str,
        image_content: bytes,
        *,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a person of a person group from the bytes of an image.

        The image must hold exactly one face, unless ``target_face`` says which face to take. Only the face's
        features are kept, not the image. A person holds at most 248 faces. Train the group again before
        identifying against it.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
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
            path(_c.PERSON_GROUP.person_faces, personGroupId=person_group_id, personId=person_id),
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
        person_group_id: str,
        person_id: str,
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
        person_group_id: str,
        person_id: str,
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
        person_group_id: str,
        person_id: str,
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
        person_group_id: str,
        person_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        url: str = _UNSET,
        target_face: Optional[List[int]] = None,
        detection_model: Optional[Union[str, _models.FaceDetectionModel]] = None,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> _models.AddFaceResult:
        """Add a face to a person of a person group from an image the service downloads from a URL.

        The image rules are those of :meth:`add_face`.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
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
            path(_c.PERSON_GROUP.person_faces, personGroupId=person_group_id, personId=person_id),
            body,
            url=url,
            target_face=target_face,
            detection_model=detection_model,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)

    def delete_face(
        self, person_group_id: str, person_id: str, persisted_face_id: str, **kwargs: Any
    ) -> None:
        """Remove a persisted face from a person of a person group.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :param persisted_face_id: The id of the face, from :meth:`add_face`.
        :type persisted_face_id: str
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group, person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.delete(path(_c.PERSON_GROUP.person_face, personGroupId=person_group_id, personId=person_id,
                              persistedFaceId=persisted_face_id))
        return self._send(call, **kwargs)

    def get_face(
        self, person_group_id: str, person_id: str, persisted_face_id: str, **kwargs: Any
    ) -> _models.PersonGroupPersonFace:
        """Get a persisted face of a person of a person group, with its user data.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :return: The face.
        :rtype: ~azure.ai.vision.face.models.PersonGroupPersonFace
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group, person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.get(path(_c.PERSON_GROUP.person_face, personGroupId=person_group_id, personId=person_id,
                           persistedFaceId=persisted_face_id), _models.PersonGroupPersonFace._from_wire)
        return self._send(call, **kwargs)

    @overload
    def update_face(
        self,
        person_group_id: str,
        person_id: str,
        persisted_face_id: str,
        body: JSON,
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_face(
        self,
        person_group_id: str,
        person_id: str,
        persisted_face_id: str,
        *,
        content_type: str = "application/json",
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None: ...

    @overload
    def update_face(
        self,
        person_group_id: str,
        person_id: str,
        persisted_face_id: str,
        body: IO[bytes],
        *,
        content_type: str = "application/json",
        **kwargs: Any
    ) -> None: ...

    def update_face(
        self,
        person_group_id: str,
        person_id: str,
        persisted_face_id: str,
        body: Union[JSON, IO[bytes]] = _UNSET,
        *,
        user_data: Optional[str] = None,
        **kwargs: Any
    ) -> None:
        """Change the user data of a persisted face of a person.

        :param person_group_id: The id of the group.
        :type person_group_id: str
        :param person_id: The id of the person.
        :type person_id: str
        :param persisted_face_id: The id of the face.
        :type persisted_face_id: str
        :param body: The whole request as JSON or a binary stream of it; leave it out to use the keywords.
        :type body: JSON or IO[bytes]
        :keyword str user_data: The new user data, at most 1 KB.
        :return: None
        :rtype: None
        :raises ~azure.core.exceptions.ResourceNotFoundError: If there is no such group, person or face.
        :raises ~azure.core.exceptions.HttpResponseError: If the service rejects the request.
        """
        call = _c.update_face(
            path(_c.PERSON_GROUP.person_face, personGroupId=person_group_id, personId=person_id,
                 persistedFaceId=persisted_face_id),
            body,
            user_data=user_data,
            content_type=kwargs.pop("content_type", None),
        )
        return self._send(call, **kwargs)
