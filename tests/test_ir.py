from __future__ import annotations

import math

import pytest

import ir
from ir import (
    FLOAT,
    INT,
    NONE,
    STR,
    DictType,
    ListType,
    OptionalType,
    TupleType,
    TypeSyntaxError,
    UnionType,
    from_json,
    from_python,
    parse_type,
    to_json,
    to_python,
    unify,
)


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("list[tuple[int, str]]", "list[tuple[int, str]]"),
        ("dict[str, list[float]] | None", "dict[str, list[float]] | None"),
        ("List[Tuple[int, str]]", "list[tuple[int, str]]"),
        ("typing.Optional[typing.List[int]]", "list[int] | None"),
        ("Optional[Union[int, str]]", "int | str | None"),
        ("Union[int, None]", "int | None"),
        ("Tuple[int, ...]", "tuple[int, ...]"),
        ("tuple[()]", "tuple[()]"),
        ("Dict[int, Set[str]]", "dict[int, set[str]]"),
        ("FrozenSet[int]", "set[int]"),
        ("Any", "Any"),
        ("list[int | None]", "list[int | None]"),
    ],
)
def test_type_syntax_parses_both_spellings_and_prints_canonically(text: str, canonical: str) -> None:
    parsed = parse_type(text)
    assert str(parsed) == canonical
    assert parse_type(str(parsed)) == parsed


@pytest.mark.parametrize("bad", ["list[", "dict[int]", "Widget", "int[str]", "list[int, str]"])
def test_type_syntax_rejects_with_a_message(bad: str) -> None:
    with pytest.raises(TypeSyntaxError):
        parse_type(bad)


def test_unification_rules() -> None:
    assert unify(INT, FLOAT) == FLOAT
    assert unify(INT, NONE) == OptionalType(INT)
    assert unify(OptionalType(INT), FLOAT) == OptionalType(FLOAT)
    assert unify(ListType(ir.UNKNOWN), ListType(STR)) == ListType(STR)
    assert unify(TupleType((INT, INT)), TupleType((INT, INT, INT))) == TupleType((INT,), variadic=True)
    assert unify(INT, STR) == UnionType((INT, STR))
    assert unify(DictType(STR, INT), DictType(STR, FLOAT)) == DictType(STR, FLOAT)


def test_values_are_typed_by_unification_over_their_parts() -> None:
    assert from_python([1, 2.5, None]).type == ListType(OptionalType(FLOAT))
    assert from_python([[], [1]]).type == ListType(ListType(INT))
    assert from_python({"a": [1], "b": []}).type == DictType(STR, ListType(INT))
    assert from_python([(1, "a"), (2, "b")]).type == ListType(TupleType((INT, STR)))


def test_coercion_widens_and_wraps_but_keeps_values() -> None:
    value = ir.coerce(from_python([1, None]), ListType(OptionalType(FLOAT)))
    assert isinstance(value, ir.ListValue)
    first, second = value.items
    assert isinstance(first, ir.IntValue) and first.value == 1 and first.type == OptionalType(FLOAT)
    assert isinstance(second, ir.NoneValue) and second.type == OptionalType(FLOAT)


SPECIAL = [
    -5,
    2**70,
    -(2**100),
    0.1,
    -0.0,
    math.inf,
    -math.inf,
    'é "q" \\ \n $ 🎉',
    None,
    True,
    [[1, 2], []],
    (1, "a", None),
    {1: "x", -2: "y"},
    {"k": [1.5, None]},
    {3, 1, 2},
    [],
]


@pytest.mark.parametrize("obj", SPECIAL, ids=repr)
def test_values_round_trip_through_python_and_json(obj: object) -> None:
    value = from_python(obj)
    assert to_python(value) == obj
    text = to_json(value)
    again = from_json(text)
    assert to_json(again) == text
    back = to_python(again)
    assert back == obj and type(back) is type(obj)


def test_nan_and_negative_zero_survive_json() -> None:
    nan, negzero = from_json(to_json(from_python([math.nan, -0.0]))).items
    assert math.isnan(nan.value)
    assert math.copysign(1.0, negzero.value) == -1.0


def test_a_whole_suite_round_trips_through_json() -> None:
    from testcompiler import read_suite

    suite = read_suite(
        "def f(xs: list[float], k: int = 2) -> float | None:\n    ...\n"
        "assert f([1.5, 2], k=3) == 2.0\nassert abs(f([]) - 0.5) < 1e-6\nassert f([0.0]) is None\n"
        "for i in range(3):\n    assert f([i]) == i\n"
    )
    text = to_json(suite)
    again = from_json(text)
    assert again == suite or to_json(again) == text
    assert isinstance(again, ir.Suite)
    assert again.checks[1].tolerance == ir.Tolerance(abs=1e-6, strict=True)
    assert again.checks[0].relation is ir.Relation.EQUALS
