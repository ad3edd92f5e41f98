"""Annotations stay resolvable at run time (documentation tools, validators and IDEs call get_type_hints)."""
import inspect
import sys
import typing

import pytest

from azure.ai.vision.face import FaceAdministrationClient, FaceClient, FaceSessionClient, aio
from azure.ai.vision.face import operations
from azure.ai.vision.face.aio import operations as aio_operations


def _overloads(function):
    """The overload stubs of ``function`` (introspectable from Python 3.11 on)."""
    return typing.get_overloads(function) if sys.version_info >= (3, 11) else []


CLASSES = [FaceClient, FaceSessionClient, aio.FaceClient, aio.FaceSessionClient,
           operations.LargeFaceListOperations, operations.LargePersonGroupOperations,
           aio_operations.LargeFaceListOperations, aio_operations.LargePersonGroupOperations]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__module__ + "." + c.__name__)
def test_operation_annotations_resolve(cls):
    checked = 0
    for name, function in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_"):
            continue
        for variant in [function, *_overloads(function)]:
            typing.get_type_hints(variant)
            checked += 1
    assert checked > 5


def test_model_annotations_resolve():
    from azure.ai.vision.face import models

    for name in models.__all__:
        cls = getattr(models, name)
        typing.get_type_hints(cls)
        if hasattr(cls, "_attr_to_rest_field"):
            for variant in _overloads(cls.__init__):
                typing.get_type_hints(variant)


def test_admin_client_annotations_resolve():
    assert typing.get_type_hints(FaceAdministrationClient.close) == {"return": type(None)}
