# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Our models against the recorded behaviour of the published package (``fixtures/published.json``).

The fixtures were recorded by ``record.py`` with the published package as a black box; this suite never needs
it. Every observation must match, except the deliberate differences in ``_expected_instead`` (each says what we
do instead, and that is asserted, not skipped).
"""
import base64
import json
import pathlib
import pickle
import pickletools
import re
import sys
from typing import Any, Dict, Optional, Set

import pytest

from azure.ai.vision.face import _model_base, models
from tests.models import observe, scenarios

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
PUBLISHED: Dict[str, Any] = json.loads((FIXTURES / "published.json").read_text())
SAMPLES: Dict[str, Any] = json.loads((FIXTURES / "samples.json").read_text())
MODEL_NAMES = sorted(SAMPLES)
ENUM_NAMES = sorted({key.split("/")[0] for key in PUBLISHED if key.endswith("/module")})


def _payload_value(field: str) -> Any:
    name, attr = field.split(".")
    return SAMPLES[name]["payload"].get(SAMPLES[name]["fields"][attr])


FIELDS = ["{}.{}".format(name, attr) for name in MODEL_NAMES for attr in SAMPLES[name]["fields"]]
LIST_FIELDS = {field for field in FIELDS if isinstance(_payload_value(field), list)}
MODEL_LIST_FIELDS = {field for field in LIST_FIELDS if isinstance(_payload_value(field)[0], dict)}
DATETIME_FIELDS = {field for field in FIELDS if str(_payload_value(field)).startswith("2024-03-05T")}


@pytest.fixture(scope="module")
def ours() -> Dict[str, Any]:
    result = observe.observe(models, _model_base, SAMPLES)
    result.update(scenarios.run(models, _model_base, observe.attempt))
    return json.loads(json.dumps(result))  # the same encoding as the fixture (tuples become lists)


def _expected_instead(key: str, published: Any) -> Optional[Any]:
    """What we deliberately do instead of ``published`` for observation ``key``, or None to match it."""
    field, _, what = key.partition("/")
    if what == "str" and sys.version_info < (3, 11):  # Python's enum, not the package: before 3.11, format() of a
        member = next(iter(getattr(models, field)))  # str-mixin member gives its value (the fixture is from 3.11)
        return [str(member), repr(member), member.value, True]
    if what == "del":  # kept on purpose: ``del model.attr`` works (the published package raises AttributeError)
        return PUBLISHED[field + "/set_none"]
    if what == "copy":  # kept on purpose: copy() is a real copy of the same class
        return observe.encode([field, True])
    if what == "reread_same" and field in LIST_FIELDS:  # item 2: a list of strings reads as the live stored list
        return observe.encode(True)
    probe = re.fullmatch(r"probe(\d+)/(attr|item)", what)
    raw = observe.PROBES[int(probe.group(1))] if probe else None
    if probe and ((field in LIST_FIELDS and (not isinstance(raw, list) or field not in MODEL_LIST_FIELDS))
                  or field == "CreateLivenessWithVerifySessionMultipartContent.verify_image"):
        # item 4: a list field holding no list, a list of strings, or the file part read as stored (never a
        # generator or an error; the published package converts a string in the file part to bytes)
        return observe.encode(raw)
    if (probe and field in DATETIME_FIELDS and published.get("offset", 0) is None) or key == "datetime/read/3":
        return dict(published, offset=0.0)  # item 5: a wire time without a zone is UTC
    if key.startswith("datetime/write_item/"):  # kept on purpose: values written by key are stored in wire form
        value = scenarios.WRITES[key.rsplit("/", 1)[1]]
        return observe.encode({"createdDateTime": _model_base._dump(value)})
    if key == "kwargs/merge":  # kept on purpose: Model(mapping, **kw) merges the keywords
        return observe.encode({"top": 1, "left": 5, "width": 3})
    if key == "positional/bad":  # kept on purpose: a bad positional argument is a TypeError
        return {"t": "raises", "exc": "TypeError"}
    return None


def _compare(ours: Dict[str, Any], prefix: str) -> None:
    keys = [key for key in PUBLISHED if key.split("/")[0].split(".")[0] == prefix and not re.search(r"/pickle\d$", key)]
    assert keys
    differences = []
    for key in keys:
        if key.endswith("/mutate") and key.split("/")[0] in LIST_FIELDS and ours[key] != PUBLISHED[key]:
            # item 2: every list read from a model is live, lists of strings too (published: only lists of models)
            assert "added" in json.dumps(ours[key]), key
            continue
        expected = _expected_instead(key, PUBLISHED[key])
        expected = PUBLISHED[key] if expected is None else expected
        if ours.get(key) != expected:
            differences.append("{}\n  expected {}\n  ours     {}".format(key, json.dumps(expected)[:400],
                                                                         json.dumps(ours.get(key))[:400]))
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_model_behaves_as_published(ours: Dict[str, Any], name: str) -> None:
    _compare(ours, name)


@pytest.mark.parametrize("name", ENUM_NAMES)
def test_enum_behaves_as_published(ours: Dict[str, Any], name: str) -> None:
    _compare(ours, name)


@pytest.mark.parametrize("prefix", ["datetime", "verify_image", "encoder", "nested", "positional", "kwargs"])
def test_scenarios_behave_as_published(ours: Dict[str, Any], prefix: str) -> None:
    _compare(ours, prefix)


def _globals(data: bytes) -> Set[str]:
    names, strings = set(), []
    for opcode, arg, _ in pickletools.genops(data):
        if opcode.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE"):
            strings.append(arg)
        elif opcode.name == "STACK_GLOBAL":
            names.add("{} {}".format(*strings[-2:]))
        elif opcode.name == "GLOBAL":
            names.add(arg)
    return names


@pytest.mark.parametrize("name", MODEL_NAMES + ENUM_NAMES)
@pytest.mark.parametrize("protocol", [2, 4])
def test_pickles_cross_between_packages(ours: Dict[str, Any], name: str, protocol: int) -> None:
    published = base64.b64decode(PUBLISHED["{}/pickle{}".format(name, protocol)])
    mine = base64.b64decode(ours["{}/pickle{}".format(name, protocol)])
    loaded = pickle.loads(published)  # a pickle made with the published package loads in ours ...
    assert type(loaded) is getattr(models, name)
    if name in SAMPLES:
        assert loaded == SAMPLES[name]["payload"] and loaded.as_dict() == SAMPLES[name]["payload"]
        loaded.face_id_of_test = 1  # ad-hoc attributes still work on an unpickled model
    if mine != published:
        # ... and ours only names what the published package defines: the same classes (the published package keeps
        # nested models as objects inside its dictionary, so those pickles name the nested classes, ours do not)
        assert _globals(mine) <= _globals(published), name
        assert "NEWOBJ" in {op.name for op, _, _ in pickletools.genops(mine)}


def test_every_recorded_observation_is_compared() -> None:
    prefixes = set(MODEL_NAMES) | set(ENUM_NAMES) | {"datetime", "verify_image", "encoder", "nested", "positional",
                                                     "kwargs"}
    assert {key.split("/")[0].split(".")[0] for key in PUBLISHED} == prefixes
    assert len(PUBLISHED) > 7000
