"""Doctest examples as checks: ``>>> f(1)`` and the output that follows it."""

from __future__ import annotations

import doctest

import libcst as cst

from ir import DocExample, Relation, from_python
from ir.values import BoolValue, NotAValue
from testcompiler.frontend.assertions import Parts, Scope, Skip, call_side, mentions_call
from testcompiler.frontend.constants import NotConstant, fold


def parse_example(example: doctest.Example, scope: Scope) -> Parts | None:
    """The check an example makes, or None for a setup line (``>>> xs = [1, 2]``) that binds a constant."""
    try:
        module = cst.parse_module(example.source)
    except cst.ParserSyntaxError:
        raise Skip("unsupported-shape", "example source does not parse") from None
    statements = [s for line in module.body if isinstance(line, cst.SimpleStatementLine) for s in line.body]
    if len(statements) != 1 or len(module.body) != 1:
        raise Skip("unsupported-shape", "example is not a single expression")
    stmt = statements[0]
    if (
        isinstance(stmt, cst.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0].target, cst.Name)
    ):
        try:
            scope.env[stmt.targets[0].target.value] = fold(stmt.value, scope.env)
        except NotConstant:
            scope.env.pop(stmt.targets[0].target.value, None)
            if mentions_call(stmt.value, scope):
                raise Skip("unsupported-shape", "example binds the result to a name") from None
        return None
    if isinstance(stmt, cst.Import | cst.ImportFrom):
        return None
    if not isinstance(stmt, cst.Expr):
        raise Skip("unsupported-shape", f"{type(stmt).__name__} example")
    call = call_side(stmt.value, scope)
    if example.exc_msg is not None:
        name = example.exc_msg.split(":", 1)[0].strip().rsplit(".", 1)[-1]
        return Parts(call, Relation.RAISES, exception=name)
    want = example.want.strip()
    if not want:
        return Parts(call, Relation.IS_NONE)
    try:
        expected = from_python(fold(cst.parse_expression(want)))
    except (cst.ParserSyntaxError, NotConstant, NotAValue):
        raise Skip(
            "not-constant", f"expected output {want.splitlines()[0]!r} is not a Python literal"
        ) from None
    if isinstance(expected, BoolValue):
        # doctest compares printed text, so `True` only matches a real bool
        return Parts(call, Relation.IS_TRUE if expected.value else Relation.IS_FALSE)
    return Parts(call, Relation.EQUALS, expected)


def prompt_examples(docstring: str, scope: Scope) -> tuple[DocExample, ...]:
    """The docstring's examples that a prompt can show in another language: plain calls of the function."""
    try:
        examples = doctest.DocTestParser().get_examples(docstring)
    except ValueError:
        return ()
    found = []
    for example in examples:
        try:
            parts = parse_example(example, scope)
        except Skip:
            continue
        if parts is None or parts.call.conversions:
            continue
        expected = parts.expected
        if parts.relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            expected = BoolValue(parts.relation is Relation.IS_TRUE)
        found.append(
            DocExample(
                example.lineno,
                example.source.count("\n"),
                example.want.count("\n") if expected is not None else 0,
                parts.call,
                expected,
            )
        )
    return tuple(found)
