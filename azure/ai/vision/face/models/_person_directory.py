# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Models of the person directory: persons, their faces per recognition model, dynamic person groups and the
long-running operations that change them. Beyond the published package; names and wire fields as in the REST API.
"""
from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, List, Mapping, Optional, Union, overload

from azure.core import CaseInsensitiveEnumMeta

from .._model_base import Model, rest_field


class OperationStatus(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Where a long-running person directory operation stands."""

    NOT_STARTED = "notStarted"
    """Accepted, not yet begun."""
    RUNNING = "running"
    """In progress."""
    SUCCEEDED = "succeeded"
    """Done; the change is visible."""
    FAILED = "failed"
    """Given up; ``message`` says why."""


class PersonDirectoryPerson(Model):
    """A person of the person directory. Faces are kept per recognition model, apart from the person."""

    __slots__ = ()

    person_id: str = rest_field(name="personId", visibility=["read"])
    """The id the service gave the person."""
    name: str = rest_field(name="name")
    """Display name, 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Free data kept with the person, at most 16K characters."""

    @overload
    def __init__(self, *, name: str, user_data: Optional[str] = None) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class PersonDirectoryFace(Model):
    """A face stored for a person of the person directory, under one recognition model."""

    __slots__ = ()

    persisted_face_id: str = rest_field(name="persistedFaceId", visibility=["read"])
    """The id of the stored face; it does not expire."""
    user_data: Optional[str] = rest_field(name="userData")
    """Free data kept with the face, at most 1K characters."""

    @overload
    def __init__(self, *, user_data: Optional[str] = None) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class DynamicPersonGroup(Model):
    """A named set of person directory persons to identify against; it needs no training."""

    __slots__ = ()

    dynamic_person_group_id: str = rest_field(name="dynamicPersonGroupId", visibility=["read"])
    """The id chosen at creation: lower-case letters, digits, '-' and '_', at most 64 characters."""
    name: str = rest_field(name="name")
    """Display name, 1 to 128 characters."""
    user_data: Optional[str] = rest_field(name="userData")
    """Free data kept with the group, at most 16K characters."""

    @overload
    def __init__(self, *, name: str, user_data: Optional[str] = None) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class ListPersonResult(Model):
    """The ids of the persons a dynamic person group holds (one page of them)."""

    __slots__ = ()

    person_ids: List[str] = rest_field(name="personIds")
    """Person directory person ids, in order."""

    @overload
    def __init__(self, *, person_ids: List[str]) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class ListFaceResult(Model):
    """The ids of the faces a person holds under one recognition model."""

    __slots__ = ()

    person_id: str = rest_field(name="personId")
    """The person the faces belong to."""
    persisted_face_ids: List[str] = rest_field(name="persistedFaceIds")
    """The persisted face ids."""

    @overload
    def __init__(self, *, person_id: str, persisted_face_ids: List[str]) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class ListGroupReferenceResult(Model):
    """The ids of the dynamic person groups that hold a person (one page of them)."""

    __slots__ = ()

    dynamic_person_group_ids: List[str] = rest_field(name="dynamicPersonGroupIds")
    """Dynamic person group ids, in order."""

    @overload
    def __init__(self, *, dynamic_person_group_ids: List[str]) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class OperationResult(Model):
    """The state of a long-running operation, as ``GET /operations/{operationId}`` reports it."""

    __slots__ = ()

    operation_id: str = rest_field(name="operationId", visibility=["read"])
    """The operation's id (the last segment of its ``operation-Location``)."""
    status: Union[str, OperationStatus] = rest_field(name="status")
    """notStarted, running, succeeded or failed."""
    created_time: datetime = rest_field(name="createdTime")
    """When the operation was accepted (UTC)."""
    last_action_time: Optional[datetime] = rest_field(name="lastActionTime")
    """When its state last changed (UTC)."""
    finished_time: Optional[datetime] = rest_field(name="finishedTime")
    """When it succeeded or failed (UTC); absent while it runs."""
    message: Optional[str] = rest_field(name="message")
    """Why it failed, when it failed."""

    @overload
    def __init__(
        self,
        *,
        status: Union[str, OperationStatus],
        created_time: datetime,
        last_action_time: Optional[datetime] = None,
        finished_time: Optional[datetime] = None,
        message: Optional[str] = None,
    ) -> None: ...

    @overload
    def __init__(self, mapping: Mapping[str, Any]) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
