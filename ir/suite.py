"""A suite: the signature of the function under test, its checks, and what was skipped and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from ir.checks import DEFAULT_TOLERANCE, Call, Check, Span, Tolerance
from ir.types import ANY, Type
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
