# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The model core: typed, lazy views over JSON dictionaries, and the check of response shapes.

A model holds the wire-keyed JSON dictionary it was built from (``_data``); that dictionary is the truth.
Attribute reads convert on demand and never raise: a value that does not convert is returned as stored.
Nested models and lists of models are live views, so changing them changes the model. Responses are adopted
without copying, so wrapping a payload costs O(1).

Each class's field table is resolved once, from its annotations, on first use (``_fields``). It gives every
field its reader and its JSON kinds, so attribute reads, ``as_dict(exclude_readonly=True)`` and
``check_shape`` all work from the same table.
"""
import base64
import copyreg
import datetime as _dt
import json
import re
import sys
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any, Callable, ClassVar, Dict, Iterable, Iterator, List, Optional, Tuple, Type, TypeVar

from azure.core.exceptions import DeserializationError

__all__ = ["Model", "rest_field", "SdkJSONEncoder"]

_ModelT = TypeVar("_ModelT", bound="Model")
_Reader = Callable[[Any, Any], Any]  # (model instance, stored non-null value) -> value read
_NoneType = type(None)
_UTC = _dt.timezone.utc
_NEWOBJ: Callable[..., Any] = getattr(copyreg, "__newobj__")  # pickled as NEWOBJ, as the published models are


class _Never:
    """A class no stored value has: a field whose values all need a reader uses it as its fast-path class."""


# --------------------------------------------------------------------------- datetimes

_RFC3339 = r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*([Zz]|[+-]\d{2}:?\d{2})?$"
_rfc3339: "Optional[re.Pattern[str]]" = None  # compiled on first use: importing the package compiles no regex


def parse_datetime(text: str) -> _dt.datetime:
    """Parse an RFC 3339 timestamp (a missing zone means UTC); raise ``DeserializationError`` if it is not one."""
    global _rfc3339  # pylint: disable=global-statement
    if _rfc3339 is None:
        _rfc3339 = re.compile(_RFC3339)
    match = _rfc3339.match(text.strip())
    if match is None:
        raise DeserializationError("Cannot parse {!r} as an RFC 3339 date-time.".format(text))
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    tz = _UTC
    if zone and zone not in "Zz":
        digits = zone[1:].replace(":", "")
        offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tz = _dt.timezone(-offset if zone[0] == "-" else offset)
    try:
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)
    except ValueError as exc:
        raise DeserializationError("Cannot parse {!r} as an RFC 3339 date-time: {}".format(text, exc)) from exc


def format_datetime(value: _dt.datetime) -> str:
    """Format a datetime for the wire, in UTC (naive values are taken to be UTC already)."""
    value = value.replace(tzinfo=_UTC) if value.tzinfo is None else value.astimezone(_UTC)
    return value.isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- writing values


def _dump(value: Any) -> Any:
    """Turn a Python value into its wire form (models become their dictionaries, which are shared)."""
    if isinstance(value, Model):
        return value._data
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, (list, tuple)):
        return [_dump(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _dump(item) for key, item in value.items()}
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return value


def _copy_json(value: Any) -> Any:
    """Deep-copy a JSON-native value."""
    if isinstance(value, dict):
        return {key: _copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_json(item) for item in value]
    return value


class _ModelList(List[Any]):
    """A list of models read from a model: each change to it is written back to the JSON array it came from."""

    __slots__ = ("_raw",)

    def __init__(self, items: Iterable[Any], raw: List[Any]) -> None:
        super().__init__(items)
        self._raw = raw

    def __reduce__(self) -> Any:
        return list, (list(self),)


def _write_back(method: Callable[..., Any]) -> Callable[..., Any]:
    def mutate(self: _ModelList, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        self._raw[:] = [_dump(item) for item in self]
        return result

    return mutate


for _name in ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__",
              "__delitem__", "__iadd__", "__imul__"):
    setattr(_ModelList, _name, _write_back(getattr(list, _name)))


# --------------------------------------------------------------------------- readers (one per field kind)


def _scalar_reader(kind: type) -> _Reader:
    def read(obj: Any, raw: Any) -> Any:
        try:
            return kind(raw)
        except (TypeError, ValueError, OverflowError):
            return raw

    return read


def _enum_reader(enums: List[Type[Enum]]) -> _Reader:
    members: Dict[Any, Any] = {}
    for enum_cls in reversed(enums):
        members.update({member.value: member for member in enum_cls})

    def read(obj: Any, raw: Any) -> Any:
        try:
            return members.get(raw, raw)
        except TypeError:  # unhashable
            return raw

    return read


def _cached(name: str, convert: Callable[[Any], Any]) -> _Reader:
    """A reader whose result is kept while the stored value is the same object (an identity check)."""

    def read(obj: Any, raw: Any) -> Any:
        cache = obj._cache
        if cache is None:
            obj._cache = cache = {}
        else:
            hit = cache.get(name)
            if hit is not None and hit[0] is raw:
                return hit[1]
        value = convert(raw)
        cache[name] = (raw, value)
        return value

    return read


def _model_view(model: Type["Model"]) -> Callable[[Any], Any]:
    return lambda raw: model._from_wire(raw) if raw.__class__ is dict else raw


def _model_list_view(model: Type["Model"]) -> Callable[[Any], Any]:
    def convert(raw: Any) -> Any:
        if raw.__class__ is not list:
            return raw
        return _ModelList([model._from_wire(x) if x.__class__ is dict else x for x in raw], raw)

    return convert


def _datetime_value(raw: Any) -> Any:
    try:
        return parse_datetime(raw)
    except (DeserializationError, AttributeError):
        return raw


def _as_stored(obj: Any, raw: Any) -> Any:
    return raw


# --------------------------------------------------------------------------- fields and the field table

_JSON_KINDS: Dict[Any, Tuple[type, ...]] = {str: (str,), bool: (bool,), int: (int,), float: (int, float),
                                            _dt.datetime: (str,)}


class _RestField:
    """Descriptor for one model field: a Python attribute over one wire key of ``_data``."""

    __slots__ = ("_rest_name", "_visibility", "_is_multipart_file_input", "_attr", "_owner", "_fast", "_read", "_model",
                 "_kinds", "_item_kinds", "_required")

    def __init__(self, name: Optional[str], visibility: Optional[List[str]], is_multipart_file_input: bool) -> None:
        self._rest_name: str = name or ""
        self._visibility = visibility
        self._is_multipart_file_input = is_multipart_file_input
        self._attr = ""
        self._owner: Any = None
        self._fast: type = _Never  # a stored value of exactly this class is returned as it is
        self._read: Optional[_Reader] = None  # None until the owner's field table is resolved
        self._model: Optional[Type["Model"]] = None  # the model class reached, directly or through a list
        self._kinds: Optional[Tuple[type, ...]] = None  # JSON classes a response may hold here (None: any)
        self._item_kinds: Optional[Tuple[type, ...]] = None  # the same for the items of an array
        self._required = False

    def __set_name__(self, owner: type, attr: str) -> None:
        self._owner, self._attr = owner, attr
        self._rest_name = self._rest_name or attr

    @property
    def _is_readonly(self) -> bool:
        return self._visibility == ["read"]

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        raw = obj._data.get(self._rest_name)
        if raw.__class__ is self._fast or raw is None:
            return raw
        read = self._read
        if read is None:
            _fields(self._owner)
            return self.__get__(obj)
        return read(obj, raw)

    def __set__(self, obj: Any, value: Any) -> None:
        name = self._rest_name
        cache = obj._cache
        if cache:
            cache.pop(name, None)
        if value is None:
            obj._data.pop(name, None)
            return
        raw = obj._data[name] = _dump(value)
        if isinstance(value, Model):  # reading it back returns the model the caller gave
            if cache is None:
                obj._cache = cache = {}
            cache[name] = (raw, value)

    def __delete__(self, obj: Any) -> None:
        self.__set__(obj, None)

    def _resolve(self, tp: Any) -> None:
        """Set this field's reader and JSON kinds from its annotation ``tp``."""
        self._read, self._required = _as_stored, tp is not Any
        if typing.get_origin(tp) is typing.Union:
            args = [a for a in typing.get_args(tp) if a is not _NoneType]
            self._required = len(args) == len(typing.get_args(tp))
            enums = [a for a in args if isinstance(a, type) and issubclass(a, Enum)]
            if enums and all(a is str or a in enums for a in args):
                self._read, self._kinds = _enum_reader(enums), (str,)
                return
            if len(args) > 1:
                return  # a value of several kinds (a file part): returned as stored
            tp = args[0]
        item: Any = (typing.get_args(tp) or [Any])[0]
        if typing.get_origin(tp) is list:
            self._kinds = (list,)
            if isinstance(item, type) and issubclass(item, Model):
                self._read, self._model, self._item_kinds = _cached(self._rest_name, _model_list_view(item)), item, (
                    dict,)
            else:
                self._item_kinds = (list,) if typing.get_origin(item) is list else _JSON_KINDS.get(item)
        elif isinstance(tp, type) and issubclass(tp, Model):
            self._read, self._model, self._kinds = _cached(self._rest_name, _model_view(tp)), tp, (dict,)
        elif isinstance(tp, type) and issubclass(tp, Enum):
            self._read, self._kinds = _enum_reader([tp]), (str,)
        elif tp is _dt.datetime:
            self._read, self._kinds = _cached(self._rest_name, _datetime_value), (str,)
        elif tp in (str, int, float, bool):
            self._read, self._fast, self._kinds = _scalar_reader(tp), tp, _JSON_KINDS[tp]


def rest_field(
    *,
    name: Optional[str] = None,
    visibility: Optional[List[str]] = None,
    is_multipart_file_input: bool = False,
) -> Any:
    """Declare a model field stored under the wire key ``name``.

    :keyword str name: The wire (JSON) name; defaults to the attribute name.
    :keyword list[str] visibility: ``["read"]`` marks a field the service sets and callers never send.
    :keyword bool is_multipart_file_input: Whether the field is a file part of a multipart body.
    :return: The field descriptor.
    :rtype: any
    """
    return _RestField(name, visibility, is_multipart_file_input)


def _fields(cls: Type["Model"]) -> Tuple[_RestField, ...]:
    """Return the resolved field table of ``cls``, resolving it on first use (once per class)."""
    table: Optional[Tuple[_RestField, ...]] = cls.__dict__.get("_resolved")
    if table is None:
        for field in cls._attr_to_rest_field.values():
            if field._read is None:
                owner = field._owner
                hints = typing.get_type_hints(owner, globalns=vars(sys.modules[owner.__module__]))
                for attr, own in vars(owner).items():
                    if isinstance(own, _RestField):
                        own._resolve(hints.get(attr, Any))
        cls._resolved = table = tuple(cls._attr_to_rest_field.values())
    return table


# --------------------------------------------------------------------------- the model base


class Model(typing.MutableMapping[str, Any]):
    """Base class of every model: a mutable mapping keyed by wire names, with typed attribute access.

    A model is built from keyword arguments named like its attributes, or from a mapping keyed by wire
    names (values may themselves be models), or both. Wire keys that no attribute describes are kept.
    """

    __slots__ = ("_data", "_cache", "__dict__", "__weakref__")
    _is_model: ClassVar[bool] = True
    _attr_to_rest_field: ClassVar[Dict[str, _RestField]] = {}
    _rest_to_field: ClassVar[Dict[str, _RestField]] = {}
    _resolved: ClassVar[Optional[Tuple[_RestField, ...]]] = None
    _data: Dict[str, Any]
    _cache: Optional[Dict[str, Tuple[Any, Any]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: Dict[str, _RestField] = {}
        for base in reversed(cls.__bases__):
            if issubclass(base, Model):
                fields.update(base._attr_to_rest_field)
        fields.update((attr, value) for attr, value in vars(cls).items() if isinstance(value, _RestField))
        cls._attr_to_rest_field = fields
        cls._rest_to_field = {field._rest_name: field for field in fields.values()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > 1 or (args and not isinstance(args[0], Mapping)):
            raise TypeError("{}() takes one mapping keyed by wire names and/or keyword arguments, not {}.".format(
                type(self).__name__, ", ".join(type(a).__name__ for a in args)))
        data = {key: _dump(value) for key, value in (args[0].items() if args else ())}
        fields = self._attr_to_rest_field
        for attr, value in kwargs.items():
            field = fields.get(attr)
            if field is None:
                raise TypeError("{}() got an unexpected keyword argument {!r}; its fields are: {}.".format(
                    type(self).__name__, attr, ", ".join(sorted(fields)) or "(none)"))
            if value is not None:
                data[field._rest_name] = _dump(value)
        self._data = data
        self._cache = None

    @classmethod
    def _from_wire(cls: Type[_ModelT], data: Dict[str, Any]) -> _ModelT:
        """Adopt a JSON object from the service without copying it."""
        if data.__class__ is not dict:
            raise DeserializationError("Expected a JSON object for {}, got {}.".format(
                cls.__name__, type(data).__name__))
        obj = object.__new__(cls)
        obj._data = data
        obj._cache = None
        return obj

    # -- mapping protocol (wire keys); nested models come back as models, as attribute reads do -------------

    def __getitem__(self, key: str) -> Any:
        field = self._rest_to_field.get(key)
        if field is not None and key in self._data:
            _fields(type(self))
            if field._model is not None:
                return field.__get__(self)
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = _dump(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Model):
            return self._data == other._data
        if isinstance(other, Mapping):
            return bool(self._data == _dump(other))
        return NotImplemented

    def __ne__(self, other: Any) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self) -> str:
        return repr(self._data)

    def keys(self) -> typing.KeysView[str]:
        return self._data.keys()

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._data else default

    def pop(self, key: str, *args: Any) -> Any:
        if key not in self._data:
            return self._data.pop(key, *args)
        value = self[key]
        del self._data[key]
        return value

    def popitem(self) -> Tuple[str, Any]:
        key = next(reversed(self._data))
        return key, self.pop(key)

    def clear(self) -> None:
        self._data.clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self._data[key] = _dump(value)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self._data:
            self._data[key] = _dump(default)
        return self[key]

    def copy(self: _ModelT) -> _ModelT:
        """Return a copy of this model: same class, its own top-level dictionary.

        :return: The copy.
        :rtype: ~azure.ai.vision.face._model_base.Model
        """
        return type(self)._from_wire(dict(self._data))

    def __copy__(self: _ModelT) -> _ModelT:
        return self.copy()

    def __deepcopy__(self: _ModelT, memo: Any) -> _ModelT:
        return type(self)._from_wire(_copy_json(self._data))

    def __reduce__(self) -> Any:
        # the published package's pickle form: NEWOBJ, then the instance dictionary holding ``_data``
        return _NEWOBJ, (type(self),), dict(vars(self), _data=self._data)

    def __setstate__(self, state: Any) -> None:
        state = dict(state[0] or {}, **state[1]) if isinstance(state, tuple) else dict(state)
        self._data = state.pop("_data")
        self._cache = None
        if state:
            vars(self).update(state)

    def as_dict(self, *, exclude_readonly: bool = False) -> Dict[str, Any]:
        """Return the model as a plain JSON-compatible dictionary keyed by wire names.

        :keyword bool exclude_readonly: Leave out the fields only the service sets (identifiers and the like).
        :return: A deep copy of the model's data.
        :rtype: dict[str, any]
        """
        return dict(_without_readonly(self._data, type(self) if exclude_readonly else None))


def _without_readonly(value: Any, cls: Optional[Type[Model]]) -> Any:
    if cls is None or not isinstance(value, (dict, list)):
        return _copy_json(value)
    if isinstance(value, list):
        return [_without_readonly(item, cls) for item in value]
    _fields(cls)
    out: Dict[str, Any] = {}
    for key, item in value.items():
        field = cls._rest_to_field.get(key)
        if field is None:
            out[key] = _copy_json(item)
        elif not field._is_readonly:
            out[key] = _without_readonly(item, field._model)
    return out


class SdkJSONEncoder(json.JSONEncoder):
    """JSON encoder for models and the values they hold (datetimes, dates, enums, bytes).

    :keyword bool exclude_readonly: Leave out the fields only the service sets.
    """

    def __init__(self, *args: Any, exclude_readonly: bool = False, format: Optional[str] = None,
                 **kwargs: Any) -> None:  # pylint: disable=redefined-builtin
        super().__init__(*args, **kwargs)
        self.exclude_readonly = exclude_readonly
        self.format = format

    def default(self, o: Any) -> Any:
        if isinstance(o, Model):
            return o.as_dict(exclude_readonly=self.exclude_readonly)
        if isinstance(o, (bytes, bytearray)):
            return base64.b64encode(o).decode("ascii")
        dumped = _dump(o)
        return dumped if dumped is not o else super().default(o)


# --------------------------------------------------------------------------- shape check ("never a partial model")
#
# Models are lazy views, so a response is checked once, eagerly, before the call returns, with the field table:
# every field present (not null) must have the JSON kind its type demands (object, array, string, number,
# true/false; enums and date-times are strings); nested objects and arrays of *required* fields are checked the
# same way, recursively. Optional nested objects have only their own kind checked; reading inside them never
# raises. Absent fields are accepted (the service omits some required ones) and unknown keys are kept.

_KIND_NAMES = {str: "a string", bool: "true or false", float: "a number", int: "a number", dict: "an object",
               list: "an array"}


def _bad(cls: type, wire: str, kinds: Tuple[type, ...], value: Any) -> ValueError:
    return ValueError("{}.{} should be {}, not {} ({!r:.60})".format(
        cls.__name__, wire, _KIND_NAMES[kinds[-1]], type(value).__name__, value))


def _is_one_of(value: Any, kinds: Tuple[type, ...]) -> bool:
    return value.__class__ in kinds  # exact classes: true is no number here


def _check(cls: Type[Model], data: Any) -> None:
    if data.__class__ is not dict:
        raise ValueError("{} should be a JSON object, not {}".format(cls.__name__, type(data).__name__))
    for field in _fields(cls):
        kinds = field._kinds
        value: Any = data.get(field._rest_name)
        if value is None or kinds is None:
            continue
        if not _is_one_of(value, kinds):
            raise _bad(cls, field._rest_name, kinds, value)
        if not field._required:
            continue
        items = field._item_kinds
        if items is None:
            if field._model is not None:
                _check(field._model, value)
            continue
        for item in value:
            if not _is_one_of(item, items):
                raise _bad(cls, field._rest_name + "[]", items, item)
            if field._model is not None:
                _check(field._model, item)


def check_shape(result: Any) -> None:
    """Check a freshly loaded result (a model or a list of models) against its contract; raise ValueError if off."""
    if isinstance(result, Model):
        _check(type(result), result._data)
    elif result.__class__ is list:
        for item in result:
            if isinstance(item, Model):
                _check(type(item), item._data)
