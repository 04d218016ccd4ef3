"""unittest's assert methods and the raises forms (``assertRaises``, ``pytest.raises``) as checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import libcst as cst

from ir import Call, Relation, Tolerance, Value, from_python, to_python
from testcompiler.frontend.assertions import (
    Parts,
    Scope,
    Skip,
    call_side,
    is_const,
    keywords,
    pick_sides,
    resolve_arguments,
    value_of,
)
from testcompiler.frontend.constants import NotConstant, dotted_name, fold

UNITTEST_METHODS = {
    "assertEqual",
    "assertEquals",
    "assertNotEqual",
    "assertTrue",
    "assertFalse",
    "assertIsNone",
    "assertIsNotNone",
    "assertAlmostEqual",
    "assertAlmostEquals",
    "assertRaises",
    "assertIs",
    "assertListEqual",
    "assertTupleEqual",
    "assertDictEqual",
    "assertSetEqual",
    "assertCountEqual",
}


def parse_unittest(method: str, call: cst.Call, scope: Scope) -> Parts:
    """The meaning of ``self.<method>(...)``; the trailing ``msg`` argument is ignored."""
    args = [a.value for a in call.args if a.keyword is None]
    unary: Mapping[str, Relation] = {
        "assertTrue": Relation.TRUTHY,
        "assertFalse": Relation.FALSY,
        "assertIsNone": Relation.IS_NONE,
        "assertIsNotNone": Relation.IS_NOT_NONE,
    }
    if method in unary:
        if not args:
            raise Skip("unsupported-shape", f"{method} without an argument")
        return Parts(call_side(args[0], scope), unary[method])
    if method == "assertRaises":
        if len(args) < 2:
            raise Skip("unsupported-shape", "assertRaises outside a with-statement needs the callable")
        return raises(args[0], args[1], call.args[2:], scope)
    if len(args) < 2:
        raise Skip("unsupported-shape", f"{method} needs two values")
    call_node, expected_node = pick_sides(args[0], args[1], scope)
    called = call_side(call_node, scope)
    expected = value_of(expected_node, scope, "the expected value")
    if method in (
        "assertEqual",
        "assertEquals",
        "assertListEqual",
        "assertTupleEqual",
        "assertDictEqual",
        "assertSetEqual",
    ):
        return Parts(called, Relation.EQUALS, expected)
    if method == "assertCountEqual":
        return Parts(
            Call(called.function, called.args, (*called.conversions, "sorted")),
            Relation.EQUALS,
            from_python(sorted_or_skip(expected)),
        )
    if method == "assertNotEqual":
        return Parts(called, Relation.NOT_EQUALS, expected)
    if method == "assertIs":
        if is_const(expected_node, None):
            return Parts(called, Relation.IS_NONE)
        if is_const(expected_node, True) or is_const(expected_node, False):
            return Parts(called, Relation.IS_TRUE if is_const(expected_node, True) else Relation.IS_FALSE)
        raise Skip("unsupported-shape", "assertIs with something other than None, True or False")
    kw = keywords(call, scope, {"places", "delta", "msg"})
    if "delta" in kw:
        tolerance = Tolerance(abs=kw["delta"])
    else:
        places = int(kw.get("places", 7))
        if "places" not in kw and len(args) > 2:
            try:
                places = int(fold(args[2], scope.env))
            except (NotConstant, TypeError, ValueError):
                raise Skip("not-constant", "places is not a constant") from None
        # round(a - b, places) == 0  <=>  |a - b| < 0.5 * 10**-places (up to the rounding of the tie)
        tolerance = Tolerance(abs=0.5 * 10.0**-places, strict=True)
    return Parts(called, Relation.APPROX, expected, tolerance)


def sorted_or_skip(value: Value) -> list[object]:
    obj = to_python(value)
    if not isinstance(obj, list | tuple):
        raise Skip("unsupported-shape", "assertCountEqual with a non-sequence")
    try:
        return sorted(obj)
    except TypeError:
        raise Skip("unsupported-shape", "assertCountEqual over values that do not sort") from None


def raises(
    exc_node: cst.BaseExpression, func_node: cst.BaseExpression, rest: Sequence[cst.Arg], scope: Scope
) -> Parts:
    """``assertRaises(E, f, *args)`` / ``pytest.raises(E, f, *args)``."""
    if dotted_name(func_node) not in scope.aliases:
        raise Skip("no-call", "the callable is not the function under test")
    return Parts(
        Call(scope.entry, resolve_arguments(rest, scope)), Relation.RAISES, exception=exception_name(exc_node)
    )


def exception_name(node: cst.BaseExpression) -> str:
    name = dotted_name(node)
    if name is None:
        raise Skip("unsupported-shape", "the expected exception is not a plain class name")
    return name.rsplit(".", 1)[-1]


def with_raises(
    item: cst.WithItem, body: Sequence[cst.BaseStatement], scope: Scope, is_raises: Callable[[cst.Call], bool]
) -> Parts:
    """``with pytest.raises(E): f(x)`` / ``with self.assertRaises(E): f(x)``: the body must be that call."""
    call = item.item
    assert isinstance(call, cst.Call) and is_raises(call)
    positional = [a.value for a in call.args if a.keyword is None]
    if not positional:
        raise Skip("unsupported-shape", "raises() without an exception class")
    exception = exception_name(positional[0])
    statements = [s for line in body if isinstance(line, cst.SimpleStatementLine) for s in line.body]
    if len(body) != 1 or len(statements) != 1:
        raise Skip("unsupported-shape", "the raises block holds more than the one call")
    stmt = statements[0]
    expr = stmt.value if isinstance(stmt, cst.Expr | cst.Assign) else None
    if expr is None:
        raise Skip("unsupported-shape", "the raises block holds no call")
    called = call_side(expr, scope)
    return Parts(called, Relation.RAISES, exception=exception)
