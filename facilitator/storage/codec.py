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
def _encoder(kind: Any) -> Callable[[Any], Any]:
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


def decode(cls: type[T], data: Any) -> T:
    """Build a `cls` from what `encode` made."""
    decoder: Any = _decoder(typing.cast(Any, cls))
    return typing.cast(T, decoder(data))


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """The function that decodes data into type `tp` (worked out once per type: type hints and
    fields are looked up here, not for every object read)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(args[0])
    if origin is list:
        (item_type,) = typing.get_args(tp)
        item = _decoder(item_type)
        return _none_or(lambda data: [item(v) for v in data])
    if origin is dict:
        _, value_type = typing.get_args(tp)
        value = _decoder(value_type)
        return _none_or(lambda data: {str(k): value(v) for k, v in data.items()})
    if dataclasses.is_dataclass(tp):
        cls: Any = tp
        hints = typing.get_type_hints(cls)
        fields = tuple(
            (f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init
        )

        def decode_dataclass(data: Any) -> Any:
            return cls(**{name: field(data[name]) for name, field in fields if name in data})

        return _none_or(decode_dataclass)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _none_or(tp)
    if tp is datetime:
        return _none_or(datetime.fromisoformat)
    if tp is date:
        return _none_or(date.fromisoformat)
    if tp is float:
        return _none_or(float)
    if tp in (str, int, bool):

        def checked(data: Any) -> Any:
            if data is not None and not isinstance(data, tp):
                raise TypeError(f"expected {tp.__name__}, found {type(data).__name__}")
            return data

        return checked
    return lambda data: data


def _none_or(decode_value: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`decode_value`, except that None stays None."""
    return lambda data: None if data is None else decode_value(data)
