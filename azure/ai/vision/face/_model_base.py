# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""The model core: typed, lazy views over JSON dictionaries, and the check of response shapes.

A model holds the wire-keyed JSON dictionary it was built from (``_data``), the truth; responses are adopted
without copying. Reads convert on demand and never raise (what does not convert is returned as stored); nested
models and lists of models are live views. Each class's field table is resolved once, from its annotations, on
first use (``_fields``): every field's reader and JSON kinds, used by reads, ``as_dict`` and ``check_shape``.
"""
import base64
import copyreg
import datetime as _dt
import json
import re
import sys
import threading
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any, Callable, ClassVar, Dict, Iterator, List, Optional, Tuple, Type, TypeVar

from azure.core.exceptions import DeserializationError  # raised only by _from_wire, for a response that is no object

__all__ = ["Model", "rest_field", "SdkJSONEncoder"]

_ModelT = TypeVar("_ModelT", bound="Model")
_Reader = Callable[[Any], Any]  # stored value (not None) -> the value read
_NoneType = type(None)
_UTC = _dt.timezone.utc
_new = object.__new__
_RESOLVING = threading.Lock()
_NEWOBJ: Callable[..., Any] = getattr(copyreg, "__newobj__")  # pickled as NEWOBJ, as the published models are

# --------------------------------------------------------------------------- datetimes and the wire form

_RFC3339 = r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?\s*([Zz]|[+-]\d\d:?\d\d)?$"
_rfc3339: "Optional[re.Pattern[str]]" = None  # compiled on first use: importing the package compiles no regex


def parse_datetime(text: Any) -> Any:
    """Parse an RFC 3339 timestamp (no zone means UTC); a value that is not one is returned as it is."""
    global _rfc3339  # pylint: disable=global-statement
    _rfc3339 = _rfc3339 or re.compile(_RFC3339)
    match = _rfc3339.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        return text
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    offset = _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) if zone and zone not in "Zz" else None
    try:
        return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                            int((fraction or "0")[:6].ljust(6, "0")),
                            _dt.timezone(-offset if zone[0] == "-" else offset) if offset else _UTC)
    except ValueError:  # a day or hour out of range
        return text


def _dump(value: Any) -> Any:
    """Turn a Python value into its wire form (models become their dictionaries, which are shared)."""
    if isinstance(value, Model):
        return value._data
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    if isinstance(value, _dt.datetime):  # in UTC; a naive datetime is taken to be UTC already
        value = value.replace(tzinfo=_UTC) if value.tzinfo is None else value.astimezone(_UTC)
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (list, tuple)):
        return [_dump(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _dump(item) for key, item in value.items()}
    return value.isoformat() if isinstance(value, (_dt.date, _dt.time)) else value


def _plain(value: Any, cls: "Optional[Type[Model]]" = None) -> Any:
    """Deep-copy JSON; inside objects of model class ``cls``, leave out the fields only the service sets."""
    if isinstance(value, list):
        return [_plain(item, cls) for item in value]
    if not isinstance(value, dict):
        return value
    if cls is None:
        return {key: _plain(item) for key, item in value.items()}
    fields = cls._rest_to_field
    _fields(cls)
    return {key: _plain(item, fields[key]._model if key in fields else None) for key, item in value.items()
            if key not in fields or fields[key]._visibility != ["read"]}


class _ModelList(List[Any]):
    """A list of models read from a model: each change to it is written back to the JSON array it came from."""

    __slots__ = ("_data",)
    _data: List[Any]  # the JSON array

    def __reduce__(self) -> Any:
        return list, (list(self),)


def _write_back(method: Callable[..., Any]) -> Callable[..., Any]:
    def mutate(self: _ModelList, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        self._data[:] = [_dump(item) for item in self]
        return result

    return mutate


for _name in ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__",
              "__delitem__", "__iadd__", "__imul__"):
    setattr(_ModelList, _name, _write_back(getattr(list, _name)))
_as_stored: _Reader = lambda raw: raw  # noqa: E731  # values of several kinds (a file part): as stored


def _view(model: Type["Model"], raw: Any) -> Any:
    """Read ``raw`` as a view of class ``model`` if it is a JSON object, else as stored."""
    if type(raw) is not dict:
        return raw
    obj = _new(model)
    obj._data, obj._cache = raw, None
    return obj


_NEVER: type = type("_Never", (), {})  # no stored value is of this class: the view class of fields without views
_KINDS: Dict[Any, Tuple[type, ...]] = {str: (str,), bool: (bool,), int: (int,), float: (int, float)}


def _accessors(field: "_RestField") -> Tuple[_Reader, Callable[[Any, Any], None], Callable[[Any], None]]:
    """Make the getter, setter and deleter of ``field`` (closures over its wire key) and its ``_specialise``.

    Until the owner's field table is resolved, the getter returns None for an absent value and resolves the table
    on any other read. Then it returns a stored value of exactly class ``fast`` as it is; one of class ``wrap`` (a
    model's object or array) as a live view, kept while over the stored value (identity); a string in an enum field
    as its member; anything else through ``read``, which never raises.
    """
    key, owner = field._rest_name, field._owner
    fast: type = _NEVER
    wrap: type = _NEVER
    members: Optional[Dict[str, Enum]] = None
    read: Optional[_Reader] = None
    model: Any = None

    def get(obj: Any) -> Any:
        raw = obj._data.get(key)
        kind = type(raw)
        if kind is fast:
            return raw
        if kind is wrap:
            cache = obj._cache
            if cache is None:
                obj._cache = cache = {}
            else:
                hit = cache.get(key)
                if hit is not None and hit._data is raw:
                    return hit
            if kind is dict:  # the view of a nested model, made here: a hot path
                hit = _new(model)
                hit._data, hit._cache = raw, None
            else:  # a list of models: a live list of views
                hit = _ModelList([_view(model, item) for item in raw])
                hit._data = raw
            cache[key] = hit
            return hit
        if raw is None:
            return None
        if members is not None and kind is str:
            return members.get(raw, raw)
        if read is None:
            _fields(owner)
            return get(obj)
        try:
            return read(raw)  # as published: 0 in a float field reads 0.0, 1.7 in an int field reads 1
        except (TypeError, ValueError, OverflowError):
            return raw

    def specialise(fast_: type, wrap_: type, members_: Any, read_: _Reader, model_: Any) -> None:
        nonlocal fast, wrap, members, read, model
        model, members, wrap, fast = model_, members_, wrap_, fast_  # a view's model first: threads may be reading
        read = read_  # last: until then a reader that finds nothing to do waits for the resolution (_fields)

    def set_(obj: Any, value: Any) -> None:
        cache = obj._cache
        if cache:
            cache.pop(key, None)
        if value is None:
            obj._data.pop(key, None)
            return
        obj._data[key] = _dump(value)
        if isinstance(value, Model):  # reading it back returns the model the caller gave (no cache made otherwise)
            obj._cache = cache = {} if cache is None else cache
            cache[key] = value

    field._specialise = specialise
    return get, set_, lambda obj: set_(obj, None)


class _RestField(property):
    """One model field: a property over one wire key of ``_data``, read as its owner's annotation says.

    Its accessors are made when the class names it (see ``_accessors``); ``_resolve`` specialises them.
    """

    def __init__(self, name: Optional[str], visibility: Optional[List[str]], is_multipart_file_input: bool) -> None:
        super().__init__()
        self._rest_name: str = name or ""
        self._visibility, self._is_multipart_file_input = visibility, is_multipart_file_input
        self._attr, self._owner = "", Model  # set by __set_name__
        self._specialise: Callable[..., None]  # set by __set_name__
        self._resolved = False  # whether _resolve has run
        self._model: Optional[Type["Model"]] = None  # the model class reached, directly or through a list
        self._kinds: Optional[Tuple[type, ...]] = None  # the JSON classes a response may hold here (None: any)
        self._item_kinds: Optional[Tuple[type, ...]] = None  # the same for the items of an array
        self._required = False  # checked in depth by check_shape

    def __set_name__(self, owner: Type["Model"], attr: str) -> None:
        self._owner, self._attr, self._rest_name = owner, attr, self._rest_name or attr
        property.__init__(self, *_accessors(self))

    def _resolve(self, tp: Any) -> None:
        """Specialise this field's reads and set its JSON kinds from its annotation ``tp``."""
        read: _Reader = _as_stored
        kinds: Optional[Tuple[type, ...]] = None
        item_kinds: Optional[Tuple[type, ...]] = None
        fast: type = _NoneType
        wrap: type = _NEVER
        required, model, members = tp is not Any, None, None
        args = [a for a in typing.get_args(tp) if a is not _NoneType]
        if typing.get_origin(tp) is typing.Union:
            required = len(args) == len(typing.get_args(tp))
            enums = [a for a in args if isinstance(a, type) and issubclass(a, Enum)]
            if enums and all(a is str or a in enums for a in args):
                members, kinds = {m.value: m for enum in reversed(enums) for m in enum}, (str,)
            tp = args[0] if len(args) == 1 else None  # several kinds (a file part): read as stored
            args = list(typing.get_args(tp))
        if typing.get_origin(tp) is list:
            kinds, model = (list,), args[0] if isinstance(args[0], type) and issubclass(args[0], Model) else None
            item_kinds = (dict,) if model else (list,) if typing.get_origin(args[0]) is list else _KINDS.get(args[0])
            wrap, fast = (list, fast) if model else (wrap, list)  # a list of strings is live as it is
        elif isinstance(tp, type) and issubclass(tp, Model):
            kinds, model, wrap = (dict,), tp, dict
        elif isinstance(tp, type) and issubclass(tp, Enum):
            members, kinds = {m.value: m for m in tp}, (str,)
        elif tp is _dt.datetime:
            read, kinds = parse_datetime, (str,)
        elif tp in _KINDS:
            read, kinds, fast = tp, _KINDS[tp], tp
        self._required, self._kinds, self._item_kinds, self._model = required, kinds, item_kinds, model
        self._specialise(fast, wrap, members, read, model)
        self._resolved = True


def rest_field(
    *, name: Optional[str] = None, visibility: Optional[List[str]] = None, is_multipart_file_input: bool = False
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
    """Return the field table of ``cls``, resolving its fields' annotations on first use (once per class)."""
    table = cls._resolved  # each class has its own (see Model.__init_subclass__)
    if table is not None:
        return table
    with _RESOLVING:  # once, even when threads first use the class together (class dictionaries change here)
        for owner in {field._owner for field in cls._attr_to_rest_field.values() if not field._resolved}:
            hints = typing.get_type_hints(owner, globalns=vars(sys.modules[owner.__module__]))
            for attr, own in vars(owner).items():
                if isinstance(own, _RestField):
                    own._resolve(hints.get(attr, Any))
        table = tuple(cls._attr_to_rest_field.values())
        cls._shape = (  # what check_shape needs: every field's JSON kinds, and the required objects and arrays
            tuple((f._rest_name, f._kinds + (_NoneType,)) for f in table if f._kinds),
            tuple((f._rest_name, f._model, f._item_kinds) for f in table
                  if f._required and f._kinds in ((dict,), (list,))))
        cls._resolved = table
    return table


class Model(typing.MutableMapping[str, Any]):
    """Base class of every model: a mutable mapping keyed by wire names, with typed attribute access.

    Built from a mapping keyed by wire names, keyword arguments named like its attributes, or both.
    """

    __slots__ = ("_data", "_cache", "__dict__", "__weakref__")
    _is_model: ClassVar[bool] = True
    _attr_to_rest_field: ClassVar[Dict[str, _RestField]] = {}
    _rest_to_field: ClassVar[Dict[str, _RestField]] = {}
    _resolved: ClassVar[Optional[Tuple[_RestField, ...]]] = None
    _shape: ClassVar[Tuple[Tuple[Tuple[str, Any], ...], Tuple[Tuple[str, Any, Any], ...]]] = ((), ())
    _data: Dict[str, Any]
    _cache: Optional[Dict[str, Any]]  # wire name -> the view (model or list of models) last read there

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = {attr: value for base in reversed(cls.__mro__) for attr, value in vars(base).items()
                  if isinstance(value, _RestField)}  # the bases' fields first; a redefinition replaces them
        cls._attr_to_rest_field = fields
        cls._rest_to_field = {field._rest_name: field for field in fields.values()}
        cls._resolved = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > 1 or (args and not isinstance(args[0], Mapping)):
            raise TypeError("{}() takes one mapping keyed by wire names and/or keyword arguments, not {}.".format(
                type(self).__name__, ", ".join(type(a).__name__ for a in args)))
        data = _dump(dict(getattr(args[0], "_data", args[0]))) if args else {}  # nested JSON is copied, not shared
        fields = self._attr_to_rest_field
        for attr, value in kwargs.items():
            if attr not in fields:
                raise TypeError("{}() got an unexpected keyword argument {!r}; its fields are: {}.".format(
                    type(self).__name__, attr, ", ".join(sorted(fields)) or "(none)"))
            if value is not None:
                data[fields[attr]._rest_name] = _dump(value)
        self._data, self._cache = data, None

    @classmethod
    def _from_wire(cls: Type[_ModelT], data: Dict[str, Any]) -> _ModelT:
        """Adopt a JSON object from the service without copying it."""
        if type(data) is not dict:
            raise DeserializationError("Expected a JSON object for {}, got {}.".format(
                cls.__name__, type(data).__name__))
        obj = _new(cls)  # made here, not through _view: one call less for each object of a response
        obj._data, obj._cache = data, None
        return obj

    # the mapping protocol over wire keys (models read back as models); get, pop, update come from MutableMapping

    def __getitem__(self, key: str) -> Any:
        field = self._rest_to_field.get(key)
        if field is not None and key in self._data:
            if not field._resolved:
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

    def __eq__(self, other: Any) -> bool:
        return bool(self._data == _dump(other)) if isinstance(other, Mapping) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._data)

    def popitem(self) -> Tuple[str, Any]:
        for key in reversed(self._data):  # the last key, as dict.popitem
            return key, self.pop(key)
        raise KeyError("popitem(): the model is empty")

    def copy(self: _ModelT) -> _ModelT:
        """Return a copy of this model: same class, its own top-level dictionary.

        :return: The copy.
        :rtype: ~azure.ai.vision.face._model_base.Model
        """
        return type(self)._from_wire(dict(self._data))

    __copy__ = copy

    def __reduce__(self) -> Any:
        # the published package's pickle form: NEWOBJ, then the instance dictionary holding ``_data``
        return _NEWOBJ, (type(self),), dict(vars(self), _data=self._data)

    def __setstate__(self, state: Any) -> None:
        self._data, self._cache = state["_data"], None  # the published form: the instance dictionary
        vars(self).update((key, value) for key, value in state.items() if key != "_data")

    def as_dict(self, *, exclude_readonly: bool = False) -> Dict[str, Any]:
        """Return the model as a plain JSON-compatible dictionary keyed by wire names.

        :keyword bool exclude_readonly: Leave out the fields only the service sets (identifiers and the like).
        :return: A deep copy of the model's data.
        :rtype: dict[str, any]
        """
        return dict(_plain(self._data, type(self) if exclude_readonly else None))


class SdkJSONEncoder(json.JSONEncoder):
    """JSON encoder for models and their values; ``exclude_readonly=True`` leaves out fields only the service sets."""

    def __init__(self, *args: Any, exclude_readonly: bool = False, format: Optional[str] = None,
                 **kwargs: Any) -> None:  # pylint: disable=redefined-builtin
        super().__init__(*args, **kwargs)
        self.exclude_readonly, self.format = exclude_readonly, format

    def default(self, o: Any) -> Any:
        if isinstance(o, Model):
            return o.as_dict(exclude_readonly=self.exclude_readonly)
        if isinstance(o, (bytes, bytearray)):
            return base64.b64encode(o).decode("ascii")
        dumped = _dump(o)
        return dumped if dumped is not o else super().default(o)


# --------------------------------------------------------------------------- shape check ("never a partial model")
# A response is checked once, before the call returns: each field present holds the JSON kind its type demands (enums
# and date-times are strings); objects and arrays of *required* fields are checked in depth, optional ones only for
# their own kind (reading inside them never raises). Absent fields and unknown keys are accepted.

_KIND_NAMES = {str: "a string", bool: "true or false", int: "a number", dict: "an object", list: "an array"}


def _bad(cls: type, wire: str, kinds: Tuple[type, ...], value: Any) -> ValueError:
    return ValueError("{}.{} should be {}, not {} ({!r:.60})".format(
        cls.__name__, wire, _KIND_NAMES[kinds[0]], type(value).__name__, value))


def _check(cls: Any, objects: Any) -> None:
    """Check JSON values that should each be an object of model class ``cls``: their own fields, then in depth."""
    if cls._resolved is None:
        _fields(cls)
    flat, deep = cls._shape
    for data in objects:
        if type(data) is not dict:
            raise ValueError("{} should be a JSON object, not {}".format(cls.__name__, type(data).__name__))
        get = data.get
        for wire, kinds in flat:  # the field's JSON kinds, and null
            if type(get(wire)) not in kinds:  # exact classes: true is not a number here
                raise _bad(cls, wire, kinds, get(wire))
    for wire, model, items in deep:  # each required object or array, over all the objects at once
        values = [value for value in (data.get(wire) for data in objects) if value is not None]
        if model is not None:
            _check(model, [item for value in values for item in value] if items else values)
        elif items is not None:
            for item in (item for value in values for item in value):
                if type(item) not in items:
                    raise _bad(cls, wire + "[]", items, item)


def check_shape(result: Any) -> None:
    """Check a freshly loaded result (a model or a list of models) against its contract; raise ValueError if off."""
    items = result if type(result) is list else [result]
    for cls in {type(item) for item in items}:  # a response's list holds one class: checked in one call
        if getattr(cls, "_is_model", False) is True:
            _check(cls, [item._data for item in items if type(item) is cls])
