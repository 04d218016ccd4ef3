"""Recognise assertion shapes: turn one assertion expression into a Check, or say why not.

Every recogniser raises ``Skip(code, reason)`` for a shape it cannot compile faithfully; the caller turns that
into a diagnostic for this assertion alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from ir import CONVERSIONS, Call, Relation, Tolerance, Value, from_python
from ir.suite import Signature
from ir.values import NotAValue
from testcompiler.frontend.constants import NotConstant, dotted_name, fold


class Skip(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Parts:
    """A check without its span and text: what an assertion means."""

    call: Call
    relation: Relation
    expected: Value | None = None
    tolerance: Tolerance | None = None
    exception: str | None = None


@dataclass
class Scope:
    """What an assertion can refer to: names bound to the function under test (``f``, ``candidate``, or
    ``module.f`` after ``import module``), and constant variables."""

    aliases: frozenset[str]
    entry: str
    signature: Signature | None
    env: dict[str, object] = field(default_factory=dict)


def value_of(node: cst.BaseExpression, scope: Scope, what: str) -> Value:
    if mentions_call(node, scope):
        raise Skip("two-calls", f"{what} calls the function under test as well")
    try:
        obj = fold(node, scope.env)
    except NotConstant as exc:
        raise Skip("not-constant", f"{what} is not a constant expression ({exc})") from None
    try:
        return from_python(obj)
    except NotAValue as exc:
        raise Skip("not-constant", f"{what}: {exc}") from None


class _CallFinder(cst.CSTVisitor):
    def __init__(self, aliases: frozenset[str]) -> None:
        self.aliases = aliases
        self.found = False

    def visit_Call(self, node: cst.Call) -> bool:
        if dotted_name(node.func) in self.aliases:
            self.found = True
        return not self.found


def mentions_call(node: cst.CSTNode, scope: Scope) -> bool:
    finder = _CallFinder(scope.aliases)
    node.visit(finder)
    return finder.found


def call_side(node: cst.BaseExpression, scope: Scope) -> Call:
    """``f(args)`` under optional conversions such as ``sorted(tuple(f(args)))``."""
    conversions: list[str] = []
    while isinstance(node, cst.Call) and dotted_name(node.func) in CONVERSIONS:
        if len(node.args) != 1 or node.args[0].keyword or node.args[0].star:
            raise Skip("unsupported-shape", f"{dotted_name(node.func)}() with more than one argument")
        conversions.append(str(dotted_name(node.func)))
        node = node.args[0].value
    if not (isinstance(node, cst.Call) and dotted_name(node.func) in scope.aliases):
        if mentions_call(node, scope):
            raise Skip("unsupported-shape", "the result of the call is transformed before it is compared")
        raise Skip("no-call", "the assertion does not call the function under test")
    return Call(scope.entry, resolve_arguments(node.args, scope), tuple(reversed(conversions)))


def resolve_arguments(args: Sequence[cst.Arg], scope: Scope) -> tuple[Value, ...]:
    """Positional values for a call: keywords mapped through the signature, omitted defaults filled in."""
    positional: list[Value] = []
    keywords: dict[str, Value] = {}
    for arg in args:
        if arg.star:
            raise Skip("star-args", "star arguments (*args / **kwargs) in the call")
        value = value_of(arg.value, scope, "an argument")
        if arg.keyword is None:
            if keywords:
                raise Skip("unsupported-shape", "positional argument after a keyword argument")
            positional.append(value)
        else:
            keywords[arg.keyword.value] = value
    signature = scope.signature
    if signature is None:
        if keywords:
            raise Skip("keyword", "keyword arguments, but the function's signature is not in the source")
        return tuple(positional)
    params = signature.params
    if len(positional) > len(params):
        raise Skip("arity", f"{len(positional)} arguments given, {signature.name}() takes {len(params)}")
    unknown = set(keywords) - {p.name for p in params}
    if unknown:
        raise Skip("keyword", f"unknown keyword argument {sorted(unknown)[0]!r}")
    resolved: list[Value | None] = [*positional, *([None] * (len(params) - len(positional)))]
    for i, param in enumerate(params):
        if param.name in keywords:
            if i < len(positional):
                raise Skip("keyword", f"argument {param.name!r} given twice")
            resolved[i] = keywords[param.name]
    # Trailing parameters left out keep their defaults by being left out; gaps need the default's value.
    last = max((i for i, v in enumerate(resolved) if v is not None), default=-1)
    for i in range(last + 1):
        if resolved[i] is None:
            param = params[i]
            if not param.has_default:
                raise Skip("arity", f"missing argument {param.name!r}")
            if param.default is None:
                raise Skip("keyword", f"the default of {param.name!r} is not a constant we can write out")
            resolved[i] = param.default
    for param in params[last + 1 :]:
        if not param.has_default:
            raise Skip("arity", f"missing argument {param.name!r}")
    return tuple(v for v in resolved if v is not None)


def is_const(node: cst.BaseExpression, value: object) -> bool:
    return isinstance(node, cst.Name) and node.value == repr(value)


def _approx(node: cst.BaseExpression) -> cst.Call | None:
    if isinstance(node, cst.Call) and dotted_name(node.func) in ("pytest.approx", "approx"):
        return node
    return None


def keywords(call: cst.Call, scope: Scope, allowed: set[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for arg in call.args:
        if arg.keyword is None:
            continue
        name = arg.keyword.value
        if name not in allowed:
            raise Skip("unsupported-shape", f"{name}= is not supported here")
        try:
            value = fold(arg.value, scope.env)
        except NotConstant as exc:
            raise Skip("not-constant", f"{name}= is not a constant ({exc})") from None
        if value is None:
            continue
        if not isinstance(value, int | float):
            raise Skip("not-constant", f"{name}= is not a number")
        out[name] = float(value)
    return out


def pick_sides(
    left: cst.BaseExpression, right: cst.BaseExpression, scope: Scope
) -> tuple[cst.BaseExpression, cst.BaseExpression]:
    """(call side, expected side); the call may stand on either side."""
    in_left, in_right = mentions_call(left, scope), mentions_call(right, scope)
    if in_left and in_right:
        raise Skip("two-calls", "both sides call the function under test")
    if not in_left and not in_right:
        raise Skip("no-call", "the assertion does not call the function under test")
    return (left, right) if in_left else (right, left)


def _difference(node: cst.BaseExpression, scope: Scope) -> tuple[Call, Value] | None:
    """``abs(f(x) - v)`` / ``math.fabs(v - f(x))`` -> (call, v)."""
    if not (
        isinstance(node, cst.Call) and dotted_name(node.func) in ("abs", "math.fabs") and len(node.args) == 1
    ):
        return None
    inner = node.args[0].value
    if not (isinstance(inner, cst.BinaryOperation) and isinstance(inner.operator, cst.Subtract)):
        return None
    call_node, expected_node = pick_sides(inner.left, inner.right, scope)
    return call_side(call_node, scope), value_of(expected_node, scope, "the expected value")


def _tolerance_check(
    diff: cst.BaseExpression, bound: cst.BaseExpression, strict: bool, scope: Scope
) -> Parts | None:
    found = _difference(diff, scope)
    if found is None:
        return None
    try:
        eps = fold(bound, scope.env)
    except NotConstant as exc:
        raise Skip("not-constant", f"the tolerance is not a constant ({exc})") from None
    if not isinstance(eps, int | float) or isinstance(eps, bool):
        raise Skip("not-constant", "the tolerance is not a number")
    call, expected = found
    return Parts(call, Relation.APPROX, expected, Tolerance(abs=float(eps), strict=strict))


def parse_assertion(test: cst.BaseExpression, scope: Scope) -> Parts:
    """The meaning of ``assert <test>``."""
    match test:
        case cst.Comparison(left=left, comparisons=[cst.ComparisonTarget(operator=op, comparator=right)]):
            return _comparison(left, op, right, scope)
        case cst.Comparison():
            raise Skip("unsupported-shape", "chained comparison")
        case cst.UnaryOperation(operator=cst.Not(), expression=inner):
            return Parts(call_side(inner, scope), Relation.FALSY)
        case cst.Call(func=func) if dotted_name(func) == "math.isclose":
            return _isclose(test, scope)
        case cst.Call():
            return Parts(call_side(test, scope), Relation.TRUTHY)
        case cst.Name(value="True" | "False") | cst.Integer() | cst.SimpleString():
            raise Skip("noop", "asserts a constant; nothing is tested")
    if mentions_call(test, scope):
        raise Skip("unsupported-shape", f"{type(test).__name__} around the call is not a supported assertion")
    raise Skip("no-call", "the assertion does not call the function under test")


def _comparison(
    left: cst.BaseExpression, op: cst.BaseCompOp, right: cst.BaseExpression, scope: Scope
) -> Parts:
    if isinstance(op, cst.Equal | cst.NotEqual):
        call_node, expected_node = pick_sides(left, right, scope)
        call = call_side(call_node, scope)
        approx = _approx(expected_node)
        if approx is not None:
            if isinstance(op, cst.NotEqual):
                raise Skip("unsupported-shape", "!= pytest.approx(...)")
            if len(approx.args) < 1 or approx.args[0].keyword:
                raise Skip("unsupported-shape", "pytest.approx without an expected value")
            kw = keywords(approx, scope, {"rel", "abs", "nan_ok"})
            expected = value_of(approx.args[0].value, scope, "the expected value")
            # pytest.approx: rel defaults to 1e-6 and abs to 1e-12, unless only abs is given.
            rel = kw.get("rel", 0.0 if "abs" in kw else 1e-6)
            return Parts(call, Relation.APPROX, expected, Tolerance(rel=rel, abs=kw.get("abs", 1e-12)))
        expected = value_of(expected_node, scope, "the expected value")
        return Parts(call, Relation.EQUALS if isinstance(op, cst.Equal) else Relation.NOT_EQUALS, expected)
    if isinstance(op, cst.Is | cst.IsNot):
        call_node, other = pick_sides(left, right, scope)
        call = call_side(call_node, scope)
        negated = isinstance(op, cst.IsNot)
        if is_const(other, None):
            return Parts(call, Relation.IS_NOT_NONE if negated else Relation.IS_NONE)
        if is_const(other, True) or is_const(other, False):
            truth = is_const(other, True) != negated
            if negated:
                raise Skip("unsupported-shape", "`is not True/False` is not supported")
            return Parts(call, Relation.IS_TRUE if truth else Relation.IS_FALSE)
        raise Skip("unsupported-shape", "`is` compares with something other than None, True or False")
    if isinstance(op, cst.LessThan | cst.LessThanEqual):
        found = _tolerance_check(left, right, isinstance(op, cst.LessThan), scope)
        if found:
            return found
    if isinstance(op, cst.GreaterThan | cst.GreaterThanEqual):
        found = _tolerance_check(right, left, isinstance(op, cst.GreaterThan), scope)
        if found:
            return found
    if mentions_call(left, scope) or mentions_call(right, scope):
        raise Skip("unsupported-shape", f"comparison with {type(op).__name__} is not a supported assertion")
    raise Skip("no-call", "the assertion does not call the function under test")


def _isclose(node: cst.Call, scope: Scope) -> Parts:
    positional = [a for a in node.args if a.keyword is None]
    if len(positional) != 2:
        raise Skip("unsupported-shape", "math.isclose needs two positional arguments")
    call_node, expected_node = pick_sides(positional[0].value, positional[1].value, scope)
    kw = keywords(node, scope, {"rel_tol", "abs_tol"})
    tolerance = Tolerance(rel=kw.get("rel_tol", 1e-9), abs=kw.get("abs_tol", 0.0))
    return Parts(
        call_side(call_node, scope),
        Relation.APPROX,
        value_of(expected_node, scope, "the expected value"),
        tolerance,
    )
