# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Write ``fixtures/samples.json``: one well-formed wire payload per model, derived from our models' annotations.

Run from the repository root: ``python -m tests.models.samples``. The recorder replays these payloads in the
published package, so both packages are observed on the same inputs.
"""
import datetime
import json
import pathlib
import sys
import typing
from enum import Enum
from typing import Any, Dict

from azure.ai.vision.face import models as m
from azure.ai.vision.face._model_base import Model

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
_SCALARS: Dict[Any, Any] = {str: "text", int: 3, float: 0.5, bool: True, datetime.datetime: "2024-03-05T11:07:58.371Z"}
_SKIP = object()


def _value(tp: Any, depth: int) -> Any:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) is typing.Union:
        enums = [a for a in args if isinstance(a, type) and issubclass(a, Enum)]
        if enums:
            return next(iter(enums[0])).value
        return _value(args[0], depth) if len(args) == 1 else _SKIP
    if typing.get_origin(tp) is list:
        item = _value(args[0], depth)
        return _SKIP if item is _SKIP else [item, item]
    if isinstance(tp, type) and issubclass(tp, Model):
        return sample(tp, depth + 1) if depth < 3 else _SKIP
    if isinstance(tp, type) and issubclass(tp, Enum):
        return next(iter(tp)).value
    return _SCALARS.get(tp, _SKIP)


def sample(cls: Any, depth: int = 0) -> Dict[str, Any]:
    """A payload with every field of ``cls`` set to a well-formed value."""
    hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))
    out = {}
    for attr, field in cls._attr_to_rest_field.items():
        value = _value(hints[attr], depth)
        if value is not _SKIP:
            out[field._rest_name] = value
    return out


def main() -> None:
    samples = {name: {"payload": sample(cls), "fields": {a: f._rest_name for a, f in cls._attr_to_rest_field.items()}}
               for name, cls in ((n, getattr(m, n)) for n in m.__all__)
               if isinstance(cls, type) and issubclass(cls, Model)}
    (FIXTURES / "samples.json").write_text(json.dumps(samples, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
