from __future__ import annotations

import pytest

from ir import Relation, Tolerance, to_python
from testcompiler import FrontendError, read_suite

HEADER = "import math, pytest\n\ndef f(xs, k=2, *, flag=False):\n    ...\n\n"


def only_check(line: str, header: str = HEADER):  # type: ignore[no-untyped-def]
    suite = read_suite(header + line + "\n", entry="f")
    assert [d.message for d in suite.skipped] == []
    assert len(suite.checks) == 1
    return suite.checks[0]


@pytest.mark.parametrize(
    "line, relation, expected, conversions",
    [
        ("assert f([1]) == 3", Relation.EQUALS, 3, ()),
        ("assert 3 == f([1])", Relation.EQUALS, 3, ()),
        ("assert f([1]) != -3", Relation.NOT_EQUALS, -3, ()),
        ("assert f([1])", Relation.TRUTHY, None, ()),
        ("assert not f([1])", Relation.FALSY, None, ()),
        ("assert f([1]) is True", Relation.IS_TRUE, None, ()),
        ("assert f([1]) is False", Relation.IS_FALSE, None, ()),
        ("assert f([1]) is None", Relation.IS_NONE, None, ()),
        ("assert f([1]) is not None", Relation.IS_NOT_NONE, None, ()),
        ("assert tuple(f([1])) == (1, 2)", Relation.EQUALS, (1, 2), ("tuple",)),
        ("assert sorted(f([1])) == [1, 2]", Relation.EQUALS, [1, 2], ("sorted",)),
        ("assert set(list(f([1]))) == {2}", Relation.EQUALS, {2}, ("list", "set")),
        ("assert f([1]) == 2 ** 10 - -(3 + 4)", Relation.EQUALS, 1031, ()),
        ("assert f([1]) == 'ab' * 3 + 'c'", Relation.EQUALS, "abababc", ()),
        ("assert f([1]) == sorted([3, 1, 2])", Relation.EQUALS, [1, 2, 3], ()),
        ("assert f([1]) == 2.0 / 3.0", Relation.EQUALS, 2.0 / 3.0, ()),
        ("assert f([1]) == float('inf')", Relation.EQUALS, float("inf"), ()),
        ('assert f([1]) == "a" "b", "message"', Relation.EQUALS, "ab", ()),
    ],
)
def test_assertion_shapes(
    line: str, relation: Relation, expected: object, conversions: tuple[str, ...]
) -> None:
    check = only_check(line)
    assert check.relation is relation
    assert check.call.conversions == conversions
    assert (to_python(check.expected) if check.expected is not None else None) == expected
    assert check.text == line
    assert check.span.line == 6 and check.span.col == 1


@pytest.mark.parametrize(
    "line, expected, tolerance",
    [
        ("assert abs(f([1]) - 0.5) < 1e-6", 0.5, Tolerance(abs=1e-6, strict=True)),
        ("assert abs(0.5 - f([1])) <= 1e-6", 0.5, Tolerance(abs=1e-6)),
        ("assert math.fabs(f([1]) - 0.5) < 1e-6", 0.5, Tolerance(abs=1e-6, strict=True)),
        ("assert 1e-6 > abs(f([1]) - 0.5)", 0.5, Tolerance(abs=1e-6, strict=True)),
        ("assert math.isclose(f([1]), 0.5, rel_tol=1e-3)", 0.5, Tolerance(rel=1e-3)),
        ("assert math.isclose(0.5, f([1]), abs_tol=0.01)", 0.5, Tolerance(rel=1e-9, abs=0.01)),
        ("assert f([1]) == pytest.approx(0.5)", 0.5, Tolerance(rel=1e-6, abs=1e-12)),
        ("assert f([1]) == pytest.approx(0.5, abs=0.1)", 0.5, Tolerance(rel=0.0, abs=0.1)),
        ("assert f([1]) == pytest.approx([0.5, 1.0], rel=1e-3)", [0.5, 1.0], Tolerance(rel=1e-3, abs=1e-12)),
    ],
)
def test_tolerance_shapes(line: str, expected: object, tolerance: Tolerance) -> None:
    check = only_check(line)
    assert check.relation is Relation.APPROX
    assert to_python(check.expected) == expected  # type: ignore[arg-type]
    assert check.tolerance == tolerance


def test_keywords_resolve_to_positions_and_fill_gaps_with_defaults() -> None:
    assert [to_python(a) for a in only_check("assert f([1], k=5) == 0").call.args] == [[1], 5]
    assert [to_python(a) for a in only_check("assert f(k=5, xs=[1]) == 0").call.args] == [[1], 5]
    assert [to_python(a) for a in only_check("assert f([1], flag=True) == 0").call.args] == [[1], 2, True]
    assert [to_python(a) for a in only_check("assert f([1]) == 0").call.args] == [[1]]


@pytest.mark.parametrize(
    "source, code",
    [
        ("for i in range(3):\n    assert f([i]) == i", "loop"),
        ("assert f([1]) == f([2])", "two-calls"),
        ("assert f([1]) == helper(2)", "not-constant"),
        ("assert f([1], nope=2) == 1", "keyword"),
        ("assert f() == 1", "arity"),
        ("assert len(f([1])) == 1", "unsupported-shape"),
        ("assert 0 < f([1]) < 3", "unsupported-shape"),
        ("assert True", "noop"),
        ("if x:\n    assert f([1]) == 1", "conditional"),
        ("assert g(1) == 2", "no-call"),
    ],
)
def test_unsupported_shapes_are_diagnosed_one_by_one(source: str, code: str) -> None:
    suite = read_suite(HEADER + "assert f([9]) == 9\n" + source + "\n", "t.py", entry="f")
    assert len(suite.checks) == 1, "the rest of the suite still compiles"
    assert [d.code for d in suite.skipped] == [code]
    line = 7 + source[: source.index("assert")].count("\n")
    assert suite.skipped[0].render("t.py").startswith(f"t.py:{line}:")


def test_humaneval_layout_takes_the_entry_from_check_and_aliases_candidate() -> None:
    source = (
        "from typing import List\n\n\ndef helper(x):\n    return x\n\n\n"
        'def total(xs: List[int]) -> int:\n    """Sum."""\n\n\n'
        "### Unit tests below ###\nMETADATA = {}\n\n\ndef check(candidate):\n"
        "    assert candidate([1, 2]) == 3\n    assert candidate([]) == 0\n\ncheck(total)\n"
    )
    suite = read_suite(source)
    assert suite.signature.name == "total"
    assert [c.call.function for c in suite.checks] == ["total", "total"]
    assert str(suite.signature.params[0].type) == "list[int]"
    assert "def helper" in suite.preamble and "from typing import List" in suite.preamble


def test_pytest_style_and_bound_results() -> None:
    source = (
        "import pytest\nfrom mod import area\n\n"
        "def test_area():\n    r = area(2, 3)\n    assert r == 6\n    with pytest.raises(ValueError):\n"
        "        area(-1, 2)\n\nassert area(1, 1) == 1\n"
    )
    suite = read_suite(source)
    assert suite.signature.name == "area"
    assert [c.relation for c in suite.checks] == [Relation.EQUALS, Relation.RAISES, Relation.EQUALS]
    assert suite.checks[1].exception == "ValueError"
    assert [p.name for p in suite.signature.params] == ["arg1", "arg2"]
    assert any(d.code == "no-signature" and not d.skipped for d in suite.diagnostics)


def test_doctests_with_multiline_output_continuations_and_tracebacks() -> None:
    source = '''
def pairs(n, fill=None):
    """Pairs.

    >>> pairs(2)
    [(0, 1),
     (1, 2)]
    >>> pairs(
    ...     0)
    []
    >>> pairs(-1)
    Traceback (most recent call last):
    ...
    ValueError: negative
    >>> pairs(1, fill=0) == [(0, 1)]
    True
    >>> pairs(3)  # doctest: +ELLIPSIS
    [...]
    """
'''
    suite = read_suite(source)
    relations = [(c.span.line, c.relation) for c in suite.checks]
    assert relations == [(5, Relation.EQUALS), (8, Relation.EQUALS), (11, Relation.RAISES)]
    assert to_python(suite.checks[0].expected) == [(0, 1), (1, 2)]  # type: ignore[arg-type]
    assert [(d.span.line, d.code) for d in suite.skipped] == [(15, "unsupported-shape"), (17, "not-constant")]


def test_unittest_methods() -> None:
    source = """
import unittest

def f(x):
    ...

class T(unittest.TestCase):
    def test_all(self):
        self.assertEqual(f(1), 1)
        self.assertNotEqual(f(1), 2)
        self.assertTrue(f(1))
        self.assertFalse(f(0))
        self.assertIsNone(f(None))
        self.assertIsNotNone(f(1))
        self.assertAlmostEqual(f(1.0), 1.0, places=3)
        self.assertAlmostEqual(f(1.0), 1.0, delta=0.5)
        self.assertRaises(ValueError, f, -1)
        with self.assertRaises(KeyError):
            f(-2)
        self.assertIn(f(1), [1])
"""
    suite = read_suite(source)
    assert [c.relation.value for c in suite.checks] == [
        "equals",
        "not_equals",
        "truthy",
        "falsy",
        "is_none",
        "is_not_none",
        "approx",
        "approx",
        "raises",
        "raises",
    ]
    assert suite.checks[6].tolerance == Tolerance(abs=0.0005, strict=True)
    assert suite.checks[7].tolerance == Tolerance(abs=0.5)
    assert [d.code for d in suite.skipped] == ["unsupported-assert-method"]


def test_annotations_win_and_inference_fills_the_rest() -> None:
    source = (
        "from typing import Optional, Dict, List\n"
        "def f(a: Dict[str, List[float]], b) -> Optional[int]:\n    ...\n"
        "assert f({'x': [1]}, 2) == 3\nassert f({}, 2.5) is None\n"
    )
    suite = read_suite(source)
    a, b = suite.signature.params
    assert str(a.type) == "dict[str, list[float]]" and str(b.type) == "float"
    assert str(suite.signature.returns) == "int | None"
    assert str(suite.checks[0].expected.type) == "int | None"  # type: ignore[union-attr]


def test_inferred_return_type_joins_every_expected_value() -> None:
    suite = read_suite("def f(x):\n    ...\nassert f(1) == [1]\nassert f(2) == []\nassert f(3) is None\n")
    assert str(suite.signature.returns) == "list[int] | None"
    assert str(suite.signature.params[0].type) == "int"


@pytest.mark.parametrize(
    "source, message",
    [
        ("def f(:\n", "syntax error"),
        ("def f(x):\n    return x\n", "no tests found"),
        ("x = 1\n", "cannot tell which function is under test"),
    ],
)
def test_unreadable_input_is_one_error_with_a_position(source: str, message: str) -> None:
    with pytest.raises(FrontendError) as info:
        read_suite(source, "bad.py")
    assert message in info.value.render("bad.py")
    assert info.value.render("bad.py").startswith("bad.py")


def test_constant_folding_refuses_huge_results_instead_of_computing_them() -> None:
    suite = read_suite("def f(x):\n    ...\nassert f(1) == 'a' * 10**9\nassert f(2) == 10 ** 10**6\n")
    assert [d.code for d in suite.skipped] == ["not-constant", "not-constant"]
