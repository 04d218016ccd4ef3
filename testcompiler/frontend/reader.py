"""Read Python test code with libcst and collect the checks on one function.

Accepted test styles: HumanEval's ``def check(candidate)``, pytest (top-level asserts, ``test_*`` functions,
``pytest.raises``), unittest ``TestCase`` methods, and doctests in the function's docstring. An assertion we
cannot compile faithfully becomes a diagnostic for that assertion alone; the rest of the suite still compiles.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import doctest
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import libcst as cst

from ir import (
    ANY,
    Check,
    Diagnostic,
    Param,
    Signature,
    Span,
    Suite,
    Type,
    TypeSyntaxError,
    from_python,
    parse_type,
)
from ir.suite import infer_suite
from ir.values import NotAValue
from testcompiler.frontend.assertions import Parts, Scope, Skip, call_side, parse_assertion
from testcompiler.frontend.constants import NotConstant, dotted_name, fold
from testcompiler.frontend.doctests import parse_example, prompt_examples
from testcompiler.frontend.positions import Positions
from testcompiler.frontend.syntax import (
    NOT_ENTRIES,
    AssertFinder,
    CallCounter,
    Substitute,
    entry_aliases,
    imports_test_framework,
    is_main_guard,
    is_raises_call,
    is_testcase,
)
from testcompiler.frontend.unittests import UNITTEST_METHODS, parse_unittest, raises, with_raises

MAX_SOURCE = 1 << 20  # characters of one suite's source
MAX_DEPTH = 80  # nesting of its syntax tree (Python's own parser stops near 200 parentheses)


class FrontendError(Exception):
    """Input we cannot read at all (syntax error, no function, no tests): one line, with a position, and a
    code that batches count rejects by."""

    def __init__(
        self, message: str, line: int | None = None, col: int | None = None, code: str = "unreadable"
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col
        self.code = code

    def render(self, filename: str) -> str:
        where = f"{filename}:{self.line}:{self.col}" if self.line else filename
        return f"{where}: {self.message}"


def _check_depth(tree: ast.AST) -> None:
    """Refuse a syntax tree nested deeper than MAX_DEPTH (libcst and this reader recurse over it)."""
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            line, col = getattr(node, "lineno", None), getattr(node, "col_offset", None)
            raise FrontendError(
                f"nested more than {MAX_DEPTH} deep", line, col + 1 if col is not None else None, "too-deep"
            )
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _expand_indentation(source: str) -> str:
    """Each line's leading tabs expanded as Python's tokenizer reads them."""
    return "".join(
        (
            line[: len(line) - len(rest)].expandtabs(8) + rest
            if (rest := line.lstrip(" \t\f")) != line
            else line
        )
        for line in source.splitlines(keepends=True)
    )


class Reader:
    def __init__(self, source: str, filename: str = "<input>") -> None:
        self.filename = filename
        if len(source) > MAX_SOURCE:
            raise FrontendError(
                f"input too large: {len(source)} characters (the limit is {MAX_SOURCE})", code="too-large"
            )
        try:  # CPython's own parser gives the clearest message and position
            tree = compile(source, filename, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError as exc:
            raise FrontendError(f"syntax error: {exc.msg}", exc.lineno, exc.offset, "syntax-error") from None
        except ValueError as exc:  # source with NUL bytes
            raise FrontendError(f"not Python source: {exc}", code="syntax-error") from None
        except (RecursionError, MemoryError):
            raise FrontendError("nested too deeply for Python's parser", code="too-deep") from None
        _check_depth(tree)
        try:
            module = cst.parse_module(source)
        except cst.ParserSyntaxError as exc:
            # Python read it: indentation that mixes tabs and spaces as its tokenizer allows (tabs to the
            # next multiple of 8), which libcst's does not
            try:
                module = cst.parse_module(_expand_indentation(source))
            except cst.ParserSyntaxError:
                message = f"syntax error (libcst): {exc.message}"
                raise FrontendError(message, exc.raw_line, exc.raw_column + 1, "syntax-error") from None
        self.module = module
        self.positions = Positions(module)
        self.functions = {s.name.value: s for s in self.module.body if isinstance(s, cst.FunctionDef)}
        self.checks: list[Check] = []
        self.diagnostics: list[Diagnostic] = []

    # positions ------------------------------------------------------------------------------------------

    def span(self, node: cst.CSTNode) -> Span:
        return self.positions.span(node)

    def text(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node).strip()

    def skip(self, code: str, message: str, span: Span | None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span))

    def warn(self, code: str, message: str, span: Span | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, skipped=False))

    # entry point and signature --------------------------------------------------------------------------

    def find_entry(self) -> str:
        for stmt in self.module.body:
            if not isinstance(stmt, cst.SimpleStatementLine):
                continue
            for small in stmt.body:
                if (
                    isinstance(small, cst.Expr)
                    and isinstance(small.value, cst.Call)
                    and dotted_name(small.value.func) == "check"
                    and len(small.value.args) == 1
                    and isinstance(small.value.args[0].value, cst.Name)
                ):
                    return small.value.args[0].value.value
        candidates = [n for n in self.functions if n != "check" and not n.startswith("test")]
        counts: Counter[str] = Counter()
        for region in self._test_regions():
            finder = AssertFinder()
            region.visit(finder)
            for node in finder.found:
                node.visit(CallCounter(counts))
        defined = [n for n, _ in counts.most_common() if n in candidates]
        if defined:
            return defined[0]
        if "check" in self.functions and candidates:
            return candidates[-1]
        if len(candidates) == 1:
            return candidates[0]
        called = [n for n, _ in counts.most_common() if n not in NOT_ENTRIES]
        if called:
            return called[0]
        raise FrontendError("cannot tell which function is under test; pass --entry NAME", code="no-entry")

    def preamble(self, entry: str) -> str:
        """Imports and helper definitions above the function, without any test code."""
        kept = []
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == entry:
                break
            if isinstance(stmt, cst.Import | cst.ImportFrom | cst.FunctionDef | cst.ClassDef) or (
                isinstance(stmt, cst.SimpleStatementLine)
                and all(isinstance(s, cst.Import | cst.ImportFrom) for s in stmt.body)
            ):
                if isinstance(stmt, cst.FunctionDef) and stmt.name.value.startswith("test"):
                    continue
                if isinstance(stmt, cst.ClassDef) and is_testcase(stmt):
                    continue
                if imports_test_framework(stmt):
                    continue
                kept.append(self.module.code_for_node(stmt).strip("\n"))
        return "\n\n\n".join(kept)

    def signature(self, entry: str) -> Signature | None:
        func = self.functions.get(entry)
        if func is None:
            return None
        p = func.params
        if (p.star_arg and isinstance(p.star_arg, cst.Param)) or p.star_kwarg:
            self.warn(
                "star-params",
                f"{entry}() takes *args/**kwargs; calls using them are skipped",
                self.span(func),
            )
        params = [self._param(param) for param in (*p.posonly_params, *p.params, *p.kwonly_params)]
        returns: Type = ANY
        annotated = False
        if func.returns is not None:
            returns, annotated = self._annotation(func.returns), True
        docstring = func.get_docstring(clean=True)
        signature = Signature(entry, tuple(params), returns, annotated, docstring)
        if docstring:
            scope = Scope(frozenset({entry}), entry, signature)
            signature = dataclasses.replace(signature, examples=prompt_examples(docstring, scope))
        return signature

    def _param(self, param: cst.Param) -> Param:
        typ: Type = ANY
        annotated = False
        if param.annotation is not None:
            typ, annotated = self._annotation(param.annotation), True
        default = None
        if param.default is not None:
            try:
                default = from_python(fold(param.default))
            except (NotConstant, NotAValue):
                default = None
        return Param(param.name.value, typ, annotated, default, param.default is not None)

    def _annotation(self, annotation: cst.Annotation) -> Type:
        node = annotation.annotation
        text = node.evaluated_value if isinstance(node, cst.SimpleString) else self.module.code_for_node(node)
        try:
            return parse_type(str(text))
        except TypeSyntaxError as exc:
            self.warn(
                "annotation", f"annotation {text!r} not understood ({exc}); treated as Any", self.span(node)
            )
            return ANY

    # test regions ---------------------------------------------------------------------------------------

    def _test_regions(self) -> list[cst.CSTNode]:
        """Where tests live: the module level, check(), test_* functions, TestCase methods."""
        regions: list[cst.CSTNode] = []
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef):
                if stmt.name.value == "check" or stmt.name.value.startswith("test"):
                    regions.append(stmt)
            elif isinstance(stmt, cst.ClassDef):
                if is_testcase(stmt):
                    regions.append(stmt)
            else:
                regions.append(stmt)
        return regions

    def collect(self, entry: str, signature: Signature | None, doctests: bool) -> None:
        base = entry_aliases(self.module, entry)
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef):
                name = stmt.name.value
                if name == "check":
                    params = stmt.params.params
                    aliases = base | ({params[0].name.value} if params else set())
                    self.walk(stmt.body.body, Scope(aliases, entry, signature), "assert")
                elif name.startswith("test"):
                    self.walk(stmt.body.body, Scope(base, entry, signature), "pytest")
            elif isinstance(stmt, cst.ClassDef):
                if is_testcase(stmt):
                    for member in stmt.body.body:
                        if isinstance(member, cst.FunctionDef) and member.name.value.startswith("test"):
                            self.walk(member.body.body, Scope(base, entry, signature), "unittest")
            elif isinstance(stmt, cst.If) and is_main_guard(stmt):
                self.walk(stmt.body.body, Scope(base, entry, signature), "assert")
            else:
                self.walk([stmt], Scope(base, entry, signature, dict(self._module_env)), "assert")
                self._module_env.update(self._last_env)
        if doctests and entry in self.functions:
            self.doctests(self.functions[entry], Scope(base, entry, signature))

    _module_env: dict[str, object]
    _last_env: dict[str, object]

    # statements -----------------------------------------------------------------------------------------

    def walk(
        self, body: Sequence[cst.BaseStatement | cst.BaseSmallStatement], scope: Scope, origin: str
    ) -> None:
        bound: dict[str, cst.BaseExpression] = {}
        for stmt in body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    self.small(small, scope, origin, bound)
            elif isinstance(stmt, cst.With):
                self.with_block(stmt, scope, origin)
            elif isinstance(stmt, cst.For | cst.While):
                self.skip_all(stmt, "loop", "assertion inside a loop")
                self._forget_assigned(stmt, scope, bound)
            elif isinstance(stmt, cst.If | cst.Try):
                self.skip_all(
                    stmt,
                    "conditional",
                    f"assertion inside {'an if' if isinstance(stmt, cst.If) else 'a try'}",
                )
                self._forget_assigned(stmt, scope, bound)
            elif isinstance(stmt, cst.FunctionDef | cst.ClassDef):
                self.skip_all(stmt, "nested-def", "assertion inside a nested function or class")
            else:
                self.skip_all(stmt, "unsupported-shape", f"assertion inside {type(stmt).__name__}")
        self._last_env = scope.env

    def _forget_assigned(self, stmt: cst.CSTNode, scope: Scope, bound: dict[str, cst.BaseExpression]) -> None:
        class Targets(cst.CSTVisitor):
            def visit_Name(self, node: cst.Name) -> None:
                scope.env.pop(node.value, None)
                bound.pop(node.value, None)

        stmt.visit(Targets())

    def skip_all(self, node: cst.CSTNode, code: str, reason: str) -> None:
        finder = AssertFinder()
        node.visit(finder)
        for found in finder.found:
            self.skip(code, reason, self.span(found))

    def small(
        self, small: cst.BaseSmallStatement, scope: Scope, origin: str, bound: dict[str, cst.BaseExpression]
    ) -> None:
        if isinstance(small, cst.Assert):
            test = small.test.visit(Substitute(bound)) if bound else small.test
            assert isinstance(test, cst.BaseExpression)
            self.add(small, lambda: parse_assertion(test, scope), origin)
        elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            call = small.value
            name = dotted_name(call.func) or ""
            if name.startswith("self.assert"):
                method = name.removeprefix("self.")
                if method not in UNITTEST_METHODS:
                    self.skip("unsupported-assert-method", f"{method} is not supported", self.span(small))
                    return
                substituted = call.visit(Substitute(bound)) if bound else call
                assert isinstance(substituted, cst.Call)
                self.add(small, lambda: parse_unittest(method, substituted, scope), "unittest")
            elif is_raises_call(call):
                args = [a.value for a in call.args if a.keyword is None]
                if len(args) < 2:
                    self.skip(
                        "unsupported-shape",
                        "raises() outside a with-statement needs the callable",
                        self.span(small),
                    )
                    return
                self.add(small, lambda: raises(args[0], args[1], call.args[2:], scope), origin)
        elif isinstance(small, cst.Assign | cst.AnnAssign):
            targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
            value = small.value
            for target in targets:
                if not isinstance(target, cst.Name):
                    self._forget_assigned(target, scope, bound)
                    continue
                scope.env.pop(target.value, None)
                bound.pop(target.value, None)
                if value is None:
                    continue
                try:
                    scope.env[target.value] = fold(value, scope.env)
                except NotConstant:
                    with contextlib.suppress(Skip):
                        call_side(value, scope)
                        bound[target.value] = value
        elif isinstance(small, cst.AugAssign | cst.Del):
            self._forget_assigned(small, scope, bound)

    def with_block(self, stmt: cst.With, scope: Scope, origin: str) -> None:
        raising = [i for i in stmt.items if isinstance(i.item, cst.Call) and is_raises_call(i.item)]
        if not raising:
            self.walk(stmt.body.body, scope, origin)
            return
        body = [s for s in stmt.body.body if isinstance(s, cst.BaseStatement)]
        head = self.module.code_for_node(stmt).strip().splitlines()[0]
        self.add(stmt, lambda: with_raises(raising[0], body, scope, is_raises_call), origin, head)

    def add(
        self, node: cst.CSTNode, parse: Callable[[], Parts], origin: str, text: str | None = None
    ) -> None:
        span = self.span(node)
        try:
            parts = parse()
        except Skip as skip:
            self.skip(skip.code, skip.reason, span)
            return
        self._add_parts(parts, span, text or self.text(node), origin)

    def _add_parts(self, parts: Parts, span: Span, text: str, origin: str) -> None:
        self.checks.append(
            Check(
                parts.call,
                parts.relation,
                span,
                text,
                parts.expected,
                parts.tolerance,
                parts.exception,
                origin,
            )
        )

    # doctests -------------------------------------------------------------------------------------------

    def doctests(self, func: cst.FunctionDef, scope: Scope) -> None:
        body = func.body.body
        if not body or not isinstance(body[0], cst.SimpleStatementLine):
            return
        first = body[0].body[0]
        if not (
            isinstance(first, cst.Expr) and isinstance(first.value, cst.SimpleString | cst.ConcatenatedString)
        ):
            return
        raw = first.value.evaluated_value
        if not isinstance(raw, str):
            return
        start = self.span(first.value)
        lines = self.positions.code.splitlines()
        try:
            examples = doctest.DocTestParser().get_examples(raw)
        except ValueError as exc:
            self.warn("doctest", f"docstring examples not readable: {exc}", start)
            return
        for example in examples:
            line = start.line + example.lineno
            text_line = lines[line - 1] if line - 1 < len(lines) else ""
            col = text_line.find(">>>") + 1 or 1
            span = Span(line, col, line, len(text_line) + 1)
            try:
                parts = parse_example(example, scope)
            except Skip as skip:
                self.skip(skip.code, f"doctest: {skip.reason}", span)
                continue
            if parts is not None:
                self._add_parts(parts, span, ">>> " + example.source.strip(), "doctest")


def read_suite(
    source: str,
    filename: str = "<input>",
    entry: str | None = None,
    *,
    doctests: bool = True,
    name: str | None = None,
) -> Suite:
    """Compile Python test source into a typed IR suite. Raises FrontendError for unreadable input."""
    return infer_suite(read_untyped(source, filename, entry, doctests=doctests, name=name))


def read_untyped(
    source: str, filename: str = "<input>", entry: str | None = None, *, doctests: bool, name: str | None
) -> Suite:
    """The suite as read, before inference gives its values their types (trace mode adds checks first)."""
    try:
        return _read_untyped(source, filename, entry, doctests=doctests, name=name)
    except RecursionError:
        raise FrontendError("nested too deeply", code="too-deep") from None
    except MemoryError:
        raise FrontendError("too large to read in memory", code="too-large") from None


def _read_untyped(
    source: str, filename: str, entry: str | None, *, doctests: bool, name: str | None
) -> Suite:
    reader = Reader(source, filename)
    reader._module_env = {}
    reader._last_env = {}
    entry = entry or reader.find_entry()
    signature = reader.signature(entry)
    reader.collect(entry, signature, doctests)
    if not reader.checks and not reader.diagnostics:
        raise FrontendError(f"no tests found for {entry}()", code="no-tests")
    if signature is None:
        arity = max((len(c.call.args) for c in reader.checks), default=0)
        reader.warn("no-signature", f"{entry}() is not defined here; parameters named by position")
        signature = Signature(entry, tuple(Param(f"arg{i + 1}") for i in range(arity)))
    suite = Suite(
        name or (Path(filename).stem if filename != "<input>" else entry),
        signature,
        tuple(sorted(reader.checks, key=lambda c: (c.span.line, c.span.col))),
        tuple(sorted(reader.diagnostics, key=lambda d: (d.span.line, d.span.col) if d.span else (0, 0))),
        source=filename,
        preamble=reader.preamble(entry),
    )
    return suite
