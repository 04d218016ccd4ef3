"""Checks: one call of the function under test, and the relation its result must satisfy."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ir.values import Value


class Relation(StrEnum):
    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    TRUTHY = "truthy"
    FALSY = "falsy"
    IS_NONE = "is_none"
    IS_NOT_NONE = "is_not_none"
    IS_TRUE = "is_true"  # `is True`: a real boolean, not merely a truthy value or 1
    IS_FALSE = "is_false"
    APPROX = "approx"
    RAISES = "raises"

    @property
    def has_expected(self) -> bool:
        return self in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX)


# Conversions the frontend records when the call is wrapped: `sorted(f(x)) == [...]`.
CONVERSIONS = ("list", "tuple", "set", "sorted")


@dataclass(frozen=True)
class Span:
    """1-based line and column of the start and end of a piece of source."""

    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True)
class Tolerance:
    """``|actual - expected| <= max(rel * max(|actual|, |expected|), abs)`` (``<`` when ``strict``).

    Mirrors ``math.isclose``; ``abs(f(x) - v) < eps`` is ``Tolerance(abs=eps, strict=True)``.
    """

    rel: float = 0.0
    abs: float = 0.0
    strict: bool = False


# The one float policy of every harness: Python `==` on floats, relaxed to what separates a rounding
# difference from a wrong answer. Applied at any depth, only when at least one side is a float.
DEFAULT_TOLERANCE = Tolerance(rel=1e-9, abs=1e-12)


@dataclass(frozen=True)
class Call:
    """``function(*args)``, keywords already resolved to positions; ``conversions`` apply innermost first."""

    function: str
    args: tuple[Value, ...]
    conversions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    call: Call
    relation: Relation
    span: Span
    text: str
    expected: Value | None = None
    tolerance: Tolerance | None = None  # only for APPROX: replaces the suite's tolerance
    exception: str | None = None  # only for RAISES: the Python exception class name
    origin: str = "assert"  # assert | doctest | unittest | pytest | traced (recorded by trace mode)
