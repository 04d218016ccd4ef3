"""JSON form of the IR: every node is an object tagged with its class name under ``"kind"``.

Non-finite floats and -0.0 have no JSON number, and ints past 2**53 lose digits in most JSON readers, so
both travel as strings inside a one-key object (``{"$float": "nan"}``, ``{"$int": "1180591620717411303"}``).
"""

from __future__ import annotations

import dataclasses
import json
import math
import typing
from enum import Enum
from functools import cache
from typing import Any

from ir import checks, suite, types, values

_MODULES = (types, values, checks, suite)


@cache
def _classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for module in _MODULES:
        for name, obj in vars(module).items():
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__:
                found[name] = obj
    return found


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names in order (looked up once per class: encoding is on every hot path)."""
    if cls not in _FIELDS:
        is_node = dataclasses.is_dataclass(cls)
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if is_node else None
    return _FIELDS[cls]


def _encode(obj: object) -> Any:
    kind = type(obj)
    if kind is str or kind is bool or obj is None:  # exact types: an Enum of str is not one of these
        return obj
    if kind is tuple or kind is list:
        return [_encode(x) for x in obj]  # type: ignore[attr-defined]
    names = _field_names(kind)
    if names is not None:
        out: dict[str, Any] = {"kind": kind.__name__}
        for name in names:
            out[name] = _encode(getattr(obj, name))
        return out
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, tuple | list):
        return [_encode(x) for x in obj]
    if isinstance(obj, bool) or obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, int):
        return obj if abs(obj) < 2**53 else {"$int": str(obj)}
    if isinstance(obj, float):
        if math.isfinite(obj) and not (obj == 0.0 and math.copysign(1.0, obj) < 0):
            return obj
        return {"$float": repr(obj)}
    raise TypeError(f"cannot encode {type(obj).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(checks) | vars(types) | vars(values) | vars(suite))


def _decode(data: Any, hint: Any = None) -> Any:
    if isinstance(data, dict):
        if "$float" in data:
            return float(data["$float"])
        if "$int" in data:
            return int(data["$int"])
        cls = _classes()[data["kind"]]
        hints = _hints(cls)
        kwargs = {k: _decode(v, hints.get(k)) for k, v in data.items() if k != "kind"}
        return cls(**kwargs)
    if isinstance(data, list):
        return tuple(_decode(x) for x in data)
    if isinstance(data, int) and not isinstance(data, bool) and hint is float:
        return float(data)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(data)
    return data


def to_data(node: object) -> Any:
    """The JSON form as plain dicts and lists, to embed in a larger document."""
    return _encode(node)


def from_data(data: Any) -> Any:
    """Raises KeyError, TypeError or ValueError on data that is not an IR node's JSON form."""
    return _decode(data)


def to_json(node: object, indent: int | None = None) -> str:
    return json.dumps(_encode(node), indent=indent, ensure_ascii=False)


def from_json(text: str) -> Any:
    return _decode(json.loads(text))
