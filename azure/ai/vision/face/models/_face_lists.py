# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Models of face lists and person groups: the small containers of up to 1,000 faces and 10,000 persons that
need no training (face lists) or train quickly (person groups)."""
from __future__ import annotations

from typing import Any, List, Mapping, Optional, Union, overload

from .._model_base import Model, rest_field
from ._enums import FaceRecognitionModel


class FaceListFace(Model):
    """A face stored in a face list."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name="persistedFaceId", visibility=["read"])
    """ID of the stored face."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller for this face; at most 1K characters."""

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


class FaceList(Model):
    """A list of up to 1,000 faces, with the faces it holds."""

    __slots__ = ()

    face_list_id: str = rest_field(name="faceListId", visibility=["read"])
    """ID of the list: lowercase letters, digits, '-' or '_', at most 64 characters."""
    name: str = rest_field(name="name")
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller; at most 16K characters."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name="recognitionModel")
    """Recognition model used to extract features from the faces in this list."""
    persisted_faces: Optional[List[FaceListFace]] = rest_field(name="persistedFaces")
    """The faces stored in the list."""

    @overload
    def __init__(
        self,
        *,
        name: str,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, FaceRecognitionModel]] = None,
        persisted_faces: Optional[List[FaceListFace]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class FaceListItem(Model):
    """A face list as the listing of all face lists shows it: without its faces."""

    __slots__ = ()

    face_list_id: str = rest_field(name="faceListId")
    """ID of the list."""
    name: str = rest_field(name="name")
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller; at most 16K characters."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name="recognitionModel")
    """Recognition model used to extract features from the faces in this list."""

    @overload
    def __init__(
        self,
        *,
        face_list_id: str,
        name: str,
        user_data: Optional[str] = None,
        recognition_model: Optional[Union[str, FaceRecognitionModel]] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class PersonGroup(Model):
    """A container of up to 10,000 people and their face data (see LargePersonGroup for more)."""

    __slots__ = ()

    person_group_id: str = rest_field(name="personGroupId", visibility=["read"])
    """ID of the group."""
    name: str = rest_field(name="name")
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller; at most 16K characters."""
    recognition_model: Optional[Union[str, FaceRecognitionModel]] = rest_field(name="recognitionModel")
    """Recognition model used to extract features from the faces in this group."""

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


class PersonGroupPerson(Model):
    """A person in a person group; faces are added to it separately."""

    __slots__ = ()

    person_id: str = rest_field(name="personId", visibility=["read"])
    """ID of the person."""
    name: str = rest_field(name="name")
    """Name defined by the caller; 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller; at most 16K characters."""
    persisted_face_ids: Optional[List[str]] = rest_field(name="persistedFaceIds")
    """IDs of the faces stored for the person."""

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


class PersonGroupPersonFace(Model):
    """A face stored for a person in a person group."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name="persistedFaceId", visibility=["read"])
    """ID of the stored face."""
    user_data: Optional[str] = rest_field(name="userData")
    """Optional data defined by the caller for this face; at most 1K characters."""

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
