"""A suite: the signature of the function under test, its checks, and what was skipped and why."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ir.checks import DEFAULT_TOLERANCE, Call, Check, Relation, Span, Tolerance
from ir.infer import coerce, refine, sequence_of, unify_all
from ir.types import ANY, BOOL, NONE, Type, UnknownType, is_concrete
from ir.values import Value


@dataclass(frozen=True)
class Param:
    name: str
    type: Type = ANY
    annotated: bool = False  # the type came from an annotation, not from inference
    default: Value | None = None
    has_default: bool = False  # a default may exist that has no IR value (then ``default`` is None)


@dataclass(frozen=True)
class DocExample:
    """A docstring example in IR form, so that each language's prompt shows it in that language's syntax.

    ``line`` is the 0-based line of ``>>>`` in the (cleaned) docstring; the example spans ``source_lines``
    lines and its output the ``want_lines`` after them. ``expected`` is None when the output is not a value
    (a traceback, or nothing), and is then left as written.
    """

    line: int
    source_lines: int
    want_lines: int
    call: Call
    expected: Value | None = None


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    returns: Type = ANY
    returns_annotated: bool = False
    docstring: str | None = None
    examples: tuple[DocExample, ...] = ()


@dataclass(frozen=True)
class Diagnostic:
    """Something the compiler could not (or would not) do, as a value: reported, counted, never fatal.

    ``code`` groups diagnostics for the summary tables; ``skipped`` says whether an assertion was dropped.
    """

    code: str
    message: str
    span: Span | None = None
    skipped: bool = True

    def render(self, filename: str = "<input>") -> str:
        where = f"{filename}:{self.span.line}:{self.span.col}" if self.span else filename
        return f"{where}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class Suite:
    name: str
    signature: Signature
    checks: tuple[Check, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    tolerance: Tolerance = field(default=DEFAULT_TOLERANCE)
    source: str | None = None  # the file it came from, for diagnostics
    # Python code the function's module defines before it (imports, helpers): the Python prompt keeps it.
    preamble: str = ""

    @property
    def skipped(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.skipped)


def infer_suite(suite: Suite) -> Suite:
    """Give every parameter and the return a type, then retype each argument and expected value to match.

    Annotations win. Where there is none, the type is the join of every value seen in that place.
    """
    checks = suite.checks
    params = []
    for i, param in enumerate(suite.signature.params):
        seen = [c.call.args[i].type for c in checks if len(c.call.args) > i]
        if param.default is not None:
            seen.append(param.default.type)
        found = unify_all(seen)
        if param.annotated:
            params.append(replace(param, type=refine(param.type, found)))
        else:
            params.append(replace(param, type=ANY if isinstance(found, UnknownType) else found))
    returns = suite.signature.returns
    if not suite.signature.returns_annotated or not is_concrete(returns):
        seen = []
        for c in checks:
            if c.call.conversions:
                continue
            if c.expected is not None and c.relation in (
                Relation.EQUALS,
                Relation.NOT_EQUALS,
                Relation.APPROX,
            ):
                seen.append(c.expected.type)
            elif c.relation in (Relation.IS_TRUE, Relation.IS_FALSE):
                seen.append(BOOL)
            elif c.relation is Relation.IS_NONE:
                seen.append(NONE)
        if not seen:  # only converted results: `tuple(f(x)) == (1, 2)` says f returns a sequence of ints
            seen = [sequence_of(c.expected) for c in checks if c.call.conversions and c.expected is not None]
        found = unify_all(seen)
        if suite.signature.returns_annotated:
            returns = refine(returns, found)
        else:
            returns = ANY if isinstance(found, UnknownType) else found
    typed_checks = []
    for c in checks:
        args = tuple(coerce(a, params[i].type) if i < len(params) else a for i, a in enumerate(c.call.args))
        expected = c.expected
        if expected is not None and not c.call.conversions:
            expected = coerce(expected, returns)
        typed_checks.append(replace(c, call=replace(c.call, args=args), expected=expected))
    signature = replace(suite.signature, params=tuple(params), returns=returns)
    return replace(suite, signature=signature, checks=tuple(typed_checks))
