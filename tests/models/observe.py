# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The observations compared between the published package and ours: one function, run against either.

``observe(models, model_base, samples)`` exercises every model class (construction, reads with number and
datetime conversion, writes, live lists and nested models, mapping methods, copies, pickling, JSON) and every
enum, and returns ``{case id: encoded outcome}``. Outcomes are encoded as JSON (types by name, pickles as
base64), so the recorder (``record.py``, run in an environment with the published package) can store them and
the suite can compare ours with them. This module imports neither package itself.
"""
import base64
import copy
import datetime
import enum
import json
import pickle
import weakref
from typing import Any, Callable, Dict, List

# raw wire values put into every field, to observe how each field kind reads them
PROBES: List[Any] = [0, 1, 1.7, True, False, "3", "abc", "2024-03-05T11:07:58Z", "2024-03-05T11:07:58",
                     "2024-03-05T11:07:58.1234567+01:00", "2024-03-05", {"a": 1}, [1], [{"a": 1}]]


def encode(value: Any) -> Any:
    """A JSON-able description of a value read from a model: its kind and content."""
    if isinstance(value, enum.Enum):
        return {"t": "enum", "cls": type(value).__name__, "v": value.value}
    if value is None or isinstance(value, (bool, int, float, str)):
        return {"t": type(value).__name__, "v": value}
    if hasattr(value, "as_dict") and hasattr(value, "_attr_to_rest_field"):
        return {"t": "model", "cls": type(value).__name__, "v": value.as_dict()}
    if isinstance(value, datetime.datetime):
        offset = value.utcoffset()
        return {"t": "datetime", "v": value.replace(tzinfo=None).isoformat(),
                "offset": None if offset is None else offset.total_seconds()}
    if isinstance(value, list):
        return {"t": "list", "v": [encode(item) for item in value]}
    if isinstance(value, tuple):
        return {"t": "tuple", "v": [encode(item) for item in value]}
    if isinstance(value, dict):
        return {"t": "dict", "v": {key: encode(item) for key, item in value.items()}}
    return {"t": "other", "cls": type(value).__name__}


def attempt(action: Callable[[], Any]) -> Any:
    """Encode what ``action`` returns, or the class of the exception it raises."""
    try:
        return encode(action())
    except Exception as exc:  # pylint: disable=broad-except  # the exception class is the observation
        return {"t": "raises", "exc": type(exc).__name__}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def observe(models: Any, model_base: Any, samples: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
    """Run every observation; see the module docstring."""
    out: Dict[str, Any] = {}
    classes = {name: getattr(models, name) for name in sorted(samples)}
    for name, cls in classes.items():
        fields = list(samples[name]["fields"].items())
        for attr, wire in fields:
            for index, raw in enumerate(PROBES):
                key = "{}.{}/probe{}".format(name, attr, index)
                out[key + "/attr"] = attempt(lambda: getattr(cls({wire: copy.deepcopy(raw)}), attr))
                out[key + "/item"] = attempt(lambda: cls({wire: copy.deepcopy(raw)})[wire])
        _observe_sample(out, name, cls, fields, samples[name]["payload"], model_base)
    _observe_enums(out, models)
    return out


def _observe_sample(out: Dict[str, Any], name: str, cls: Any, fields: Any, payload: Any, model_base: Any) -> None:
    fresh = lambda: cls(copy.deepcopy(payload))  # noqa: E731
    out[name + "/as_dict"] = attempt(lambda: fresh().as_dict())
    out[name + "/as_dict_ro"] = attempt(lambda: fresh().as_dict(exclude_readonly=True))
    out[name + "/json"] = attempt(lambda: json.loads(json.dumps(fresh(), cls=model_base.SdkJSONEncoder)))
    out[name + "/json_ro"] = attempt(
        lambda: json.loads(json.dumps(fresh(), cls=model_base.SdkJSONEncoder, exclude_readonly=True)))
    out[name + "/reads"] = attempt(lambda: [getattr(fresh(), attr) for attr, _ in fields])
    out[name + "/items"] = attempt(lambda: list(fresh().items()))
    out[name + "/kwargs"] = attempt(lambda: cls(**{attr: getattr(fresh(), attr) for attr, _ in fields}).as_dict())
    out[name + "/eq"] = attempt(lambda: [fresh() == payload, fresh() == fresh(), fresh() != payload])
    out[name + "/copy"] = attempt(lambda: [type(fresh().copy()).__name__, fresh().copy() == payload])
    out[name + "/deepcopy"] = attempt(lambda: copy.deepcopy(fresh()))
    out[name + "/pickle"] = attempt(lambda: pickle.loads(pickle.dumps(fresh())))
    for protocol in (2, 4):
        out["{}/pickle{}".format(name, protocol)] = _b64(pickle.dumps(fresh(), protocol=protocol))

    def adhoc() -> Any:
        model = fresh()
        model.source_file = "a.jpg"
        ref = weakref.ref(model)
        return [model.source_file, ref() is model, "source_file" in vars(model), model.as_dict() == payload]

    out[name + "/adhoc"] = attempt(adhoc)
    for attr, wire in fields:
        if wire not in payload:
            continue
        key = "{}.{}".format(name, attr)
        out[key + "/pop"] = attempt(lambda: fresh().pop(wire))
        out[key + "/get"] = attempt(lambda: fresh().get(wire))
        out[key + "/reread_same"] = attempt(lambda: (lambda mm: getattr(mm, attr) is getattr(mm, attr))(fresh()))
        out[key + "/del"] = attempt(lambda: (lambda mm: (delattr(mm, attr), mm.as_dict())[1])(fresh()))
        out[key + "/set_none"] = attempt(lambda: (lambda mm: (setattr(mm, attr, None), mm.as_dict())[1])(fresh()))
        out[key + "/popitem"] = attempt(lambda: _popitem_of(cls, wire, payload[wire]))
        out[key + "/mutate"] = attempt(lambda: _mutate(fresh(), attr))


def _popitem_of(cls: Any, wire: str, value: Any) -> Any:
    return cls({wire: copy.deepcopy(value)}).popitem()


def _mutate(model: Any, attr: str) -> Any:
    """Change a nested model or list read from ``model`` in place; return what the parent then shows."""
    value = getattr(model, attr)
    if isinstance(value, list) and value and hasattr(value[0], "as_dict"):
        value.append(copy.deepcopy(value[0]))
        value.pop(0)
        value.insert(0, copy.deepcopy(value[-1]))
        value[1] = copy.deepcopy(value[0])
    elif isinstance(value, list):
        value.append("added")
    elif hasattr(value, "as_dict"):
        value["added"] = 1
    else:
        return "unchanged"
    again = pickle.loads(pickle.dumps(model))
    return [model.as_dict(), again.as_dict(), len(getattr(model, attr))]


def _observe_enums(out: Dict[str, Any], models: Any) -> None:
    for name in sorted(dir(models)):
        cls = getattr(models, name)
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
            continue
        members = list(cls)
        out[name + "/module"] = cls.__module__
        out[name + "/members"] = [[member.name, member.value] for member in members]
        out[name + "/lookup"] = attempt(lambda: [cls(members[0].value), cls[members[0].name.lower()],
                                                 getattr(cls, members[0].name.lower())])
        out[name + "/str"] = [str(members[0]), repr(members[0]), format(members[0]), members[0] == members[0].value]
        out[name + "/pickle2"] = _b64(pickle.dumps(members[0], protocol=2))
        out[name + "/pickle4"] = _b64(pickle.dumps(members[0], protocol=4))
