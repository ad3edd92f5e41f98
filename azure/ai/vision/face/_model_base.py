# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The model core: typed, lazy views over JSON dictionaries.

A model instance holds the wire-keyed JSON dictionary it was built from (``_data``) and nothing else of
substance. Attribute reads convert on demand: JSON-native scalars are returned as stored, composite values
(nested models, lists of models, datetimes, enums) are converted once and cached for as long as the stored
raw value is the same object. Responses are adopted without copying, so wrapping a payload costs O(1).

The converters of each class are compiled once, from its annotations, the first time one of its
non-trivial fields is read; importing the models module therefore costs no annotation evaluation.
"""
import datetime as _dt
import re
import sys
import typing
from collections.abc import Mapping, MutableMapping
from enum import Enum
from typing import Any, Callable, ClassVar, Dict, Iterator, List, Optional, Tuple, Type, TypeVar

from azure.core.exceptions import DeserializationError

__all__ = ["Model", "rest_field"]

_ModelT = TypeVar("_ModelT", bound="Model")
_Loader = Callable[[Any], Any]

_new = object.__new__


class _Pending:
    """Marks a field whose converter has not been compiled yet."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<pending>"


_PENDING: Any = _Pending()


# --------------------------------------------------------------------------- datetimes

_RFC3339_PATTERN = r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*([Zz]|[+-]\d{2}:?\d{2})?$"
_rfc3339: "Optional[re.Pattern[str]]" = None  # compiled on first use: importing the package compiles no regex


def parse_datetime(text: Any) -> Any:
    """Parse an RFC 3339 / ISO 8601 timestamp; a value that is not a string is returned unchanged."""
    global _rfc3339  # pylint: disable=global-statement
    if not isinstance(text, str):
        return text
    if _rfc3339 is None:
        _rfc3339 = re.compile(_RFC3339_PATTERN)
    match = _rfc3339.match(text.strip())
    if match is None:
        raise DeserializationError("Cannot parse {!r} as an RFC 3339 date-time.".format(text))
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: Optional[_dt.tzinfo] = _dt.timezone.utc
    if zone and zone not in "Zz":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)
    except ValueError as exc:
        raise DeserializationError("Cannot parse {!r} as an RFC 3339 date-time: {}".format(text, exc)) from exc


def format_datetime(value: _dt.datetime) -> str:
    """Format a datetime for the wire (RFC 3339; naive values are taken to be UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value.isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- writing values


def _dump(value: Any) -> Any:
    """Turn a Python value into its JSON-native wire form (models become their dictionaries)."""
    if isinstance(value, Model):
        return value._data
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float)):
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


# --------------------------------------------------------------------------- fields


class _RestField:
    """Descriptor for one model field: maps a Python attribute onto a wire key of ``_data``."""

    __slots__ = ("_rest_name", "_visibility", "_attr", "_owner", "_load", "_model", "_is_multipart_file_input")

    def __init__(self, name: Optional[str], visibility: Optional[List[str]], is_multipart_file_input: bool) -> None:
        self._rest_name: str = name or ""
        self._visibility = visibility
        self._attr = ""
        self._owner: Any = None
        self._load: Any = _PENDING
        # the model class reached by this field (directly or through lists/dicts), for as_dict(exclude_readonly)
        self._model: Optional[Type["Model"]] = None
        self._is_multipart_file_input = is_multipart_file_input

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr
        self._owner = owner
        if not self._rest_name:
            self._rest_name = attr

    @property
    def _is_readonly(self) -> bool:
        return self._visibility is not None and "read" in self._visibility and len(self._visibility) == 1

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        # The generic path: converters not compiled yet, or composite values (lists, dicts, datetimes) that are
        # converted once and cached with the raw value they came from. After compilation, plain, enum and model
        # fields switch to the specialised subclasses below (see _compile), whose reads are much cheaper.
        if obj is None:
            return self
        name = self._rest_name
        raw = obj._data.get(name)
        load = self._load
        if raw is None or load is None:
            return raw
        if load is _PENDING:
            _compile(self._owner)
            return self.__get__(obj, owner)
        cache = obj._cache
        if cache is None:
            obj._cache = cache = {}
        else:
            hit = cache.get(name)
            if hit is not None and hit[0] is raw:
                return hit[1]
        value = load(raw)
        cache[name] = (raw, value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        name = self._rest_name
        if value is None:
            obj._data.pop(name, None)
            return
        raw = _dump(value)
        obj._data[name] = raw
        if raw is not value:
            # keep the typed value the caller gave, so reading it back returns the same object
            if obj._cache is None:
                obj._cache = {}
            obj._cache[name] = (raw, value)

    def __delete__(self, obj: Any) -> None:
        obj._data.pop(self._rest_name, None)


class _PlainField(_RestField):
    """A compiled field whose JSON value is returned as stored (strings, numbers, booleans, lists of them)."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return obj._data.get(self._rest_name)


class _EnumField(_RestField):
    """A compiled enum field: known values come back as members, others as stored.

    Members are singletons and the lookup is one dictionary probe, so nothing is cached per instance.
    """

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        raw = obj._data.get(self._rest_name)
        if raw is None:
            return None
        return self._load(raw)

    def __set__(self, obj: Any, value: Any) -> None:
        if value is None:
            obj._data.pop(self._rest_name, None)
        else:
            obj._data[self._rest_name] = _dump(value)


class _ModelField(_RestField):
    """A compiled field holding a nested model: the view over the nested dictionary is made once and cached.

    The cache entry is the view itself; it is valid while the view's ``_data`` is the dictionary stored in the
    parent, so replacing the nested value (by any route) yields a fresh view, and writes through a view land in
    the parent's JSON.
    """

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        name = self._rest_name
        raw = obj._data.get(name)
        if raw is None:
            return None
        cache = obj._cache
        if cache is None:
            obj._cache = cache = {}
        else:
            hit = cache.get(name)
            if hit is not None and hit._data is raw:
                return hit
        model: Any = self._model
        if raw.__class__ is not dict:
            raise DeserializationError(
                "Expected a JSON object for {}, got {}.".format(model.__name__, type(raw).__name__)
            )
        view = _new(model)
        view._data = raw
        view._cache = None
        cache[name] = view
        return view

    def __set__(self, obj: Any, value: Any) -> None:
        name = self._rest_name
        cache = obj._cache
        if value is None:
            obj._data.pop(name, None)
            if cache:
                cache.pop(name, None)
            return
        raw = _dump(value)
        obj._data[name] = raw
        if isinstance(value, Model) and value.__class__ is self._model:
            if cache is None:
                obj._cache = cache = {}
            cache[name] = value  # reading it back returns the model the caller gave
        elif cache:
            cache.pop(name, None)


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


# --------------------------------------------------------------------------- converters


def _model_loader(cls: Type["Model"]) -> _Loader:
    return cls._from_wire


def _list_loader(item: Optional[_Loader]) -> Optional[_Loader]:
    if item is None:
        return None

    def load(raw: Any) -> Any:
        if raw.__class__ is not list:
            raise DeserializationError("Expected a JSON array, got {}.".format(type(raw).__name__))
        return [None if x is None else item(x) for x in raw]

    return load


def _dict_loader(item: Optional[_Loader]) -> Optional[_Loader]:
    if item is None:
        return None

    def load(raw: Any) -> Any:
        if raw.__class__ is not dict:
            raise DeserializationError("Expected a JSON object, got {}.".format(type(raw).__name__))
        return {k: None if v is None else item(v) for k, v in raw.items()}

    return load


def _enum_loader(enums: List[Type[Enum]]) -> _Loader:
    members: Dict[Any, Any] = {}
    for enum_cls in reversed(enums):
        members.update({m.value: m for m in enum_cls})
    get = members.get

    def load(raw: Any) -> Any:
        try:
            return get(raw, raw)
        except TypeError:  # an unhashable value where an enum string belongs is returned as is
            return raw

    return load


_NoneType = type(None)
_SCALARS = (str, int, float, bool, bytes, _NoneType)


_PLAIN, _ENUM, _MODEL, _OTHER = "plain", "enum", "model", "other"


def _loader_for(tp: Any) -> Tuple[Optional[_Loader], Optional[Type["Model"]], str]:
    """Return (converter or None for no conversion, model class reached, kind) for an annotation.

    ``kind`` picks the field's read path: ``plain`` (returned as stored), ``enum``, ``model`` (a nested model,
    not a list of them) or ``other`` (converted once and cached: lists/dicts of models, datetimes).
    """
    if tp is Any or tp in _SCALARS:
        return None, None, _PLAIN
    if isinstance(tp, type):
        if issubclass(tp, Model):
            return _model_loader(tp), tp, _MODEL
        if issubclass(tp, Enum):
            return _enum_loader([tp]), None, _ENUM
        if issubclass(tp, _dt.datetime):
            return parse_datetime, None, _OTHER
        return None, None, _PLAIN
    origin = typing.get_origin(tp)
    args = [a for a in typing.get_args(tp) if a is not _NoneType]
    if origin is typing.Union:
        enums = [a for a in args if isinstance(a, type) and issubclass(a, Enum)]
        if enums:
            return _enum_loader(enums), None, _ENUM
        others = [a for a in args if a not in _SCALARS]
        if len(others) == 1:
            return _loader_for(others[0])
        return None, None, _PLAIN
    if origin in (list, List, typing.Sequence, tuple):
        inner, model, _ = _loader_for(args[0]) if args else (None, None, _PLAIN)
        load = _list_loader(inner)
        return load, model, _PLAIN if load is None else _OTHER
    if origin in (dict, Dict, typing.Mapping, MutableMapping, Mapping):
        load = _dict_loader(_loader_for(args[1])[0] if len(args) > 1 else None)
        return load, None, _PLAIN if load is None else _OTHER
    return None, None, _PLAIN


_FIELD_CLASSES: Dict[str, Type[_RestField]] = {_PLAIN: _PlainField, _ENUM: _EnumField, _MODEL: _ModelField}


def _compile(cls: type) -> None:
    """Compile the converters of ``cls``'s own fields from its annotations (once per class).

    Plain, enum and nested-model fields then switch to their specialised descriptor class.
    """
    module = sys.modules[cls.__module__]
    hints = typing.get_type_hints(cls, globalns=vars(module))
    for attr, field in vars(cls).items():
        if isinstance(field, _RestField) and field._load is _PENDING:
            field._load, field._model, kind = _loader_for(hints.get(attr, Any))
            special = _FIELD_CLASSES.get(kind)
            if special is not None and field.__class__ is _RestField:
                field.__class__ = special


# --------------------------------------------------------------------------- the model base


class Model(MutableMapping):  # type: ignore[type-arg]
    """Base class of every model: a mutable mapping keyed by wire names, with typed attribute access.

    A model is built from keyword arguments named like its attributes, or from a mapping keyed by wire
    names (values may themselves be models). Wire keys that no attribute describes are kept as they are.
    """

    __slots__ = ("_data", "_cache")
    _is_model: ClassVar[bool] = True
    _attr_to_rest_field: ClassVar[Dict[str, _RestField]] = {}
    _rest_to_field: ClassVar[Dict[str, _RestField]] = {}
    _data: Dict[str, Any]
    _cache: Optional[Dict[str, Tuple[Any, Any]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # inherited fields come from the bases' own maps (built the same way), so only this class's namespace
        # is scanned: the abstract mapping bases are never walked
        fields: Dict[str, _RestField] = {}
        for base in reversed(cls.__bases__):
            if issubclass(base, Model):
                fields.update(base._attr_to_rest_field)
        for attr, value in vars(cls).items():
            if isinstance(value, _RestField):
                fields[attr] = value
        cls._attr_to_rest_field = fields
        cls._rest_to_field = {f._rest_name: f for f in fields.values()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        data: Dict[str, Any] = {}
        if len(args) > 1:
            raise TypeError(
                "{}() takes at most one positional argument (a mapping of wire names to values), "
                "{} were given.".format(type(self).__name__, len(args))
            )
        for mapping in args:
            if isinstance(mapping, Model):
                mapping = mapping._data
            elif not isinstance(mapping, Mapping):
                raise TypeError(
                    "{}() expects a mapping keyed by wire names or keyword arguments, not {}.".format(
                        type(self).__name__, type(mapping).__name__
                    )
                )
            for key, value in mapping.items():
                data[key] = _dump(value)
        if kwargs:
            fields = self._attr_to_rest_field
            for attr, value in kwargs.items():
                field = fields.get(attr)
                if field is None:
                    raise TypeError(
                        "{}() got an unexpected keyword argument {!r}; its fields are: {}.".format(
                            type(self).__name__, attr, ", ".join(sorted(fields)) or "(none)"
                        )
                    )
                if value is not None:
                    data[field._rest_name] = _dump(value)
        self._data = data
        self._cache = None

    @classmethod
    def _from_wire(cls: Type[_ModelT], data: Dict[str, Any]) -> _ModelT:
        """Adopt a JSON object from the service without copying it."""
        if data.__class__ is not dict:
            raise DeserializationError(
                "Expected a JSON object for {}, got {}.".format(cls.__name__, type(data).__name__)
            )
        obj = _new(cls)
        obj._data = data
        obj._cache = None
        return obj

    # -- mapping protocol (wire keys) ------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        field = self._rest_to_field.get(key)
        if field is not None:
            if field._load is _PENDING:
                _compile(field._owner)
            if field._model is not None:
                # nested models read through the mapping come back as models, as attribute reads do
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
            try:
                return bool(self._data == _dump(other))
            except Exception:  # pylint: disable=broad-except
                return False
        return NotImplemented

    def __ne__(self, other: Any) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._data)

    def keys(self) -> typing.KeysView[str]:
        return self._data.keys()

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key: str, *args: Any) -> Any:
        return self._data.pop(key, *args)

    def popitem(self) -> Tuple[str, Any]:
        return self._data.popitem()

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
        """Return a shallow copy of this model.

        :return: A new model of the same class over a copy of the top-level dictionary.
        :rtype: ~azure.ai.vision.face._model_base.Model
        """
        return type(self)._from_wire(dict(self._data))

    def __copy__(self: _ModelT) -> _ModelT:
        return self.copy()

    def __deepcopy__(self: _ModelT, memo: Any) -> _ModelT:
        return type(self)._from_wire(_copy_json(self._data))

    def __reduce__(self) -> Any:
        return (type(self)._from_wire, (self._data,))

    def as_dict(self, *, exclude_readonly: bool = False) -> Dict[str, Any]:
        """Return the model as a plain JSON-compatible dictionary keyed by wire names.

        :keyword bool exclude_readonly: Leave out the fields only the service sets (identifiers and the like).
        :return: A deep copy of the model's data.
        :rtype: dict[str, any]
        """
        if not exclude_readonly:
            return _copy_json(self._data)  # type: ignore[no-any-return]
        return _without_readonly(self._data, type(self))  # type: ignore[no-any-return]


def _without_readonly(value: Any, cls: Optional[Type[Model]]) -> Any:
    if cls is None:
        return _copy_json(value)
    if isinstance(value, list):
        return [_without_readonly(item, cls) for item in value]
    if not isinstance(value, dict):
        return value
    fields = cls._rest_to_field
    out: Dict[str, Any] = {}
    for key, item in value.items():
        field = fields.get(key)
        if field is None:
            out[key] = _copy_json(item)
            continue
        if field._is_readonly:
            continue
        if field._load is _PENDING:
            _compile(field._owner)
        out[key] = _without_readonly(item, field._model)
    return out

