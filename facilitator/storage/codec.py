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
def _encoder(kind: Any) -> Callable[[Any], Any]:
    """The function that encodes values of exactly this type (worked out once per type)."""
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in dataclasses.fields(kind))

        def encode_dataclass(value: Any) -> dict[str, Any]:
            result = {}
            for name in names:
                item = getattr(value, name)
                kind: Any = type(item)
                result[name] = item if kind in _PLAIN else _encoder(kind)(item)
            return result

        return encode_dataclass
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
    return typing.cast(T, _decode(cls, data))


def _decode(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _decode(args[0], data)
    if data is None:
        return None
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in data]
    if origin is dict:
        _, item = typing.get_args(tp)
        return {str(k): _decode(item, v) for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        cls: Any = tp
        hints = _hints(cls)
        kwargs = {
            f.name: _decode(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)
            if f.init and f.name in data
        }
        return cls(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    if tp is float:
        return float(data)
    if tp in (str, int, bool):
        if not isinstance(data, tp):
            raise TypeError(f"expected {tp.__name__}, found {type(data).__name__}")
        return data
    return data
