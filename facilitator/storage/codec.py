"""Domain dataclasses to JSON-ready dicts and back, driven by their type hints.

Unknown keys are ignored and missing ones take the field's default, so files written by an older
or newer version still load.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


#: Types written as they are; checked by exact type first, which keeps encoding cheap.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def encode(value: Any) -> Any:
    """A JSON-ready copy of a dataclass, enum, date, list or dict."""
    kind: Any = type(value)
    if kind in _PLAIN:
        return value
    return _encoder(kind)(value)


@cache
def fields_encoder(kind: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Encodes a dataclass from its field values (`vars(value)`, or a copy of it taken earlier:
    a snapshot can be copied on one thread and encoded on another)."""
    names = tuple(f.name for f in dataclasses.fields(kind))

    def encode_fields(values: dict[str, Any]) -> dict[str, Any]:
        result = {}
        for name in names:
            item = values[name]
            kind: Any = type(item)
            result[name] = item if kind in _PLAIN else _encoder(kind)(item)
        return result

    return encode_fields


@cache
def _encoder(kind: type) -> Callable[[Any], Any]:
    """The function that encodes values of exactly this type (worked out once per type)."""
    if dataclasses.is_dataclass(kind):
        encode_fields = fields_encoder(typing.cast(Any, kind))
        return lambda value: encode_fields(vars(value))
    if issubclass(kind, Enum):
        return lambda value: value.value
    if issubclass(kind, (datetime, date)):
        return kind.isoformat
    if issubclass(kind, (list, tuple)):
        return lambda value: [encode(item) for item in value]
    if issubclass(kind, dict):
        return lambda value: {str(key): encode(item) for key, item in value.items()}
    return lambda value: value


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(cls: type[T], data: Any) -> T:
    """Build a `cls` from what `encode` made."""
    # typeshed's functools.cache asks for Hashable, which mypy does not see type[T] as.
    decoder: Callable[[Any], Any] = _decoder(cls)  # type: ignore[arg-type]
    return typing.cast(T, decoder(data))


def _none_or(decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda data: None if data is None else decode(data)


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """The function that decodes values of type `tp` (worked out once per type); every one of
    them reads None as None."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(args[0])
    if origin is list:
        (item,) = typing.get_args(tp)
        decode_item = _decoder(item)
        return _none_or(lambda data: [decode_item(v) for v in data])
    if origin is dict:
        _, item = typing.get_args(tp)
        decode_value = _decoder(item)
        return _none_or(lambda data: {str(k): decode_value(v) for k, v in data.items()})
    if dataclasses.is_dataclass(tp):
        return _none_or(_dataclass_decoder(tp))
    if isinstance(tp, type) and issubclass(tp, Enum):
        members = {member.value: member for member in tp}
        enum = tp

        def member(data: Any) -> Any:
            try:
                return members[data]
            except (KeyError, TypeError):  # None, or a value the enum itself must look up
                return None if data is None else enum(data)

        return member
    if tp is datetime:
        return _none_or(datetime.fromisoformat)
    if tp is date:
        return _none_or(date.fromisoformat)
    if tp is float:
        return _none_or(float)
    if tp in (str, int, bool):
        # The commonest fields: checked in one call (a meeting holds hundreds of thousands).

        def check(data: Any) -> Any:
            if data is None or isinstance(data, tp):
                return data
            raise TypeError(f"expected {tp.__name__}, found {type(data).__name__}")

        return check
    return lambda data: data


def _dataclass_decoder(cls: Any) -> Callable[[Any], Any]:
    """Fields' decoders are looked up at the first call, so a type may refer to itself."""
    fields: tuple[tuple[str, Callable[[Any], Any]], ...] | None = None
    # A class with its own `__setattr__` (a log entry counts edits in it, see `domain.entries`)
    # would run it for each field in `__init__`: with every field given, `__init__` would only
    # set them, so they are set past it.
    direct = (
        "__setattr__" in vars(cls)
        and not hasattr(cls, "__post_init__")
        and all(f.init for f in dataclasses.fields(cls))
    )

    def decode_dataclass(data: Any) -> Any:
        nonlocal fields
        if fields is None:
            hints = _hints(cls)
            fields = tuple(
                (f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init
            )
        values = {name: decode(data[name]) for name, decode in fields if name in data}
        if not direct or len(values) < len(fields):
            return cls(**values)
        made = cls.__new__(cls)
        state = made.__dict__  # set one by one: `update` would not share the keys' table
        for name, value in values.items():
            state[name] = value
        return made

    return decode_dataclass
