"""Instrument a test module so that running it records what each statically skipped assertion compared.

For each such assertion we build two forms at once:

- the **runtime** form: the assertion as written, each operand the check needs wrapped in
  ``__tc__.hole(ID, operand)`` (recorded when evaluated), between ``__tc__.begin`` and ``__tc__.end``;
- the **template**: the assertion with each operand replaced by a name ``__tc_hID``. Given the recorded
  values for those names, the static frontend's own recognisers (``parse_assertion``, ``parse_unittest``,
  ``with_raises``) read the template as an ordinary constant assertion. So a traced check has exactly the
  meaning the static compiler gives that shape, and a shape it refuses (the result flowing into another
  computation: ``len(f(x)) == 3``, ``0 < f(x) < 10``) is refused here too, as ``property``.

Operands are the maximal sub-expressions that do not involve the function under test: the call's arguments,
the other side of the comparison, tolerances. A name bound to the call earlier in the same block
(``r = f(x)``, then ``assert r == y``) stands for that call, whose arguments are recorded where it is made.
An operand that depends on an earlier result of the function (a name assigned from it), or an assertion
that runs only when an earlier result allows it (inside ``if f(x):``), cannot be pinned to its inputs: it
stays skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from ir import CONVERSIONS, Span
from ir.suite import Signature
from testcompiler.frontend.assertions import Parts, Scope, Skip, parse_assertion
from testcompiler.frontend.constants import dotted_name
from testcompiler.frontend.syntax import entry_aliases, is_raises_call
from testcompiler.frontend.unittests import UNITTEST_METHODS, parse_unittest, with_raises

HOLE = "__tc_h"
LITERALS = (cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.ConcatenatedString)
STRUCTURAL_CALLS = ("pytest.approx", "approx")  # their arguments are operands, the call is the shape
# Skips that mean "the result is used in another computation", as the static recognisers say it.
PROPERTY_CODES = ("unsupported-shape", "two-calls")


@dataclass
class Target:
    """One statically skipped assertion and how to read its recorded operands back as a check."""

    aid: int
    span: Span
    text: str
    kind: Literal["assert", "unittest", "raises"]
    scope: Scope
    template: cst.CSTNode | None = None  # the assertion with operands as hole names
    holes: tuple[int, ...] = ()  # every hole the template names
    own: tuple[int, ...] = ()  # the holes recorded by the assertion itself (not by an earlier binding)
    method: str = ""  # unittest: the assert method
    body: Sequence[cst.BaseStatement] = ()  # raises: the with-block's body, as a template
    skip: tuple[str, str] | None = None  # why it is not traced: (code, reason)
    pinned: bool = False  # --trace=pin: a property, checked as call == the reference's result
    region: str = "<module>"  # the test function it is in

    def parse(self, env: dict[str, object]) -> Parts:
        """The check this assertion makes when its operands have the values ``env`` gives."""
        scope = Scope(self.scope.aliases, self.scope.entry, self.scope.signature, env)
        if self.kind == "assert":
            assert isinstance(self.template, cst.BaseExpression)
            return parse_assertion(self.template, scope)
        if self.kind == "unittest":
            assert isinstance(self.template, cst.Call)
            return parse_unittest(self.method, self.template, scope)
        assert isinstance(self.template, cst.WithItem)
        return with_raises(self.template, self.body, scope, is_raises_call)


@dataclass
class Plan:
    source: str  # the instrumented module
    targets: list[Target]
    holes: int = 0


@dataclass
class _Binding:
    node: cst.BaseExpression  # the value assigned: a call of the function, maybe converted
    template: cst.BaseExpression  # the same with its arguments as hole names
    holes: tuple[int, ...]
    result: int | None = None  # --trace=pin: the hole recording what the call returned
    problem: str | None = None  # why its arguments cannot be pinned (one depends on an earlier result)


@dataclass
class _Context:
    aliases: frozenset[str]  # names that call the function under test here
    tainted: frozenset[str]  # names assigned from a result of the function under test
    guarded: str | None = None  # why every assertion here runs only when an earlier result allows it
    region: str = "<module>"  # the test function (or check) it is in, to match the driver's notes


def hole_name(hid: int) -> str:
    return f"{HOLE}{hid}"


class _Mentions(cst.CSTVisitor):
    def __init__(self, aliases: frozenset[str], names: frozenset[str]) -> None:
        self.aliases, self.names, self.found = aliases, names, False

    def visit_Call(self, node: cst.Call) -> bool:
        if dotted_name(node.func) in self.aliases:
            self.found = True
        return not self.found

    def visit_Name(self, node: cst.Name) -> bool:
        if node.value in self.names:
            self.found = True
        return False


def mentions(node: cst.CSTNode, aliases: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
    finder = _Mentions(aliases, names)
    node.visit(finder)
    return finder.found


def _names_in(node: cst.CSTNode) -> set[str]:
    found: set[str] = set()

    class Names(cst.CSTVisitor):
        def visit_Name(self, n: cst.Name) -> None:
            found.add(n.value)

    node.visit(Names())
    return found


def tainted_names(region: cst.CSTNode, aliases: frozenset[str]) -> frozenset[str]:
    """Names assigned, anywhere in ``region``, from a call of the function or from such a name."""
    flows: list[tuple[set[str], cst.CSTNode]] = []

    class Assignments(cst.CSTVisitor):
        def visit_Assign(self, node: cst.Assign) -> None:
            for t in node.targets:
                flows.append((_names_in(t.target), node.value))

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            if node.value is not None:
                flows.append((_names_in(node.target), node.value))

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            flows.append((_names_in(node.target), node.value))

        def visit_For(self, node: cst.For) -> None:
            flows.append((_names_in(node.target), node.iter))

        def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
            flows.append((_names_in(node.target), node.value))

        def visit_WithItem(self, node: cst.WithItem) -> None:
            if node.asname is not None:
                flows.append((_names_in(node.asname.name), node.item))

    region.visit(Assignments())
    tainted: set[str] = set()
    changed = True
    while changed:
        changed = False
        for targets, value in flows:
            if not targets <= tainted and mentions(value, aliases, frozenset(tainted)):
                tainted |= targets
                changed = True
    return frozenset(tainted)


class Instrumenter:
    """Decides, for each statically skipped assertion, how to record it; then rewrites the module."""

    def __init__(
        self,
        module: cst.Module,
        entry: str,
        signature: Signature | None,
        skipped: dict[Span, str],
        *,
        pin: bool = False,
        drop_entry: bool = False,
    ) -> None:
        self.wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        self.module = self.wrapper.module
        self.positions = self.wrapper.resolve(PositionProvider)
        self.entry, self.signature, self.skipped, self.pin = entry, signature, skipped, pin
        self.drop_entry = drop_entry
        self.targets: list[Target] = []
        self.next_hole = 0
        # what to do to each original node: statements to put around it, operands to wrap
        self.before: dict[cst.CSTNode, list[str]] = {}
        self.after: dict[cst.CSTNode, list[str]] = {}
        self.wrap: dict[cst.CSTNode, int] = {}
        self.calls_checked = False  # the module calls check(...) itself

    # --- positions and small helpers ---------------------------------------------------------------------

    def span(self, node: cst.CSTNode) -> Span:
        pos = self.positions[node]
        return Span(pos.start.line, pos.start.column + 1, pos.end.line, pos.end.column + 1)

    def new_hole(self) -> int:
        self.next_hole += 1
        return self.next_hole

    # --- analysis ----------------------------------------------------------------------------------------

    def analyse(self) -> None:
        base = entry_aliases(self.module, self.entry)
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == "check":
                params = stmt.params.params
                aliases = frozenset({params[0].name.value}) if params else base
                self.block(stmt.body.body, _Context(aliases, tainted_names(stmt, aliases), region="check"))
            elif isinstance(stmt, cst.FunctionDef) and stmt.name.value == self.entry:
                continue
            else:
                region = stmt.name.value if isinstance(stmt, cst.FunctionDef | cst.ClassDef) else "<module>"
                self.block([stmt], _Context(base, tainted_names(stmt, base), region=region))
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if (
                        isinstance(small, cst.Expr)
                        and isinstance(small.value, cst.Call)
                        and dotted_name(small.value.func) == "check"
                    ):
                        self.calls_checked = True

    def block(self, body: Sequence[cst.CSTNode], ctx: _Context) -> None:
        bound: dict[str, _Binding] = {}
        for stmt in body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    self.small(small, stmt, ctx, bound)
                continue
            if isinstance(stmt, cst.With):
                raising = [i for i in stmt.items if isinstance(i.item, cst.Call) and is_raises_call(i.item)]
                if raising and self.span(raising[0].item) in self.skipped:
                    self.raises(stmt, raising[0], ctx, bound)
            region = ctx.region
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value.startswith("test"):
                region = stmt.name.value
            for child, guard in self.inner_blocks(stmt, ctx):
                self.block(child, _Context(ctx.aliases, ctx.tainted, guard, region))
            for name in _assigned_in(stmt):
                bound.pop(name, None)

    def inner_blocks(
        self, stmt: cst.CSTNode, ctx: _Context
    ) -> list[tuple[Sequence[cst.CSTNode], str | None]]:
        """The statement lists inside a compound statement, each with the guard its assertions run under."""
        guard = ctx.guarded
        blocks: list[tuple[Sequence[cst.CSTNode], str | None]] = []

        def suite_of(node: cst.CSTNode | None) -> Sequence[cst.CSTNode]:
            if isinstance(node, cst.IndentedBlock):
                return node.body
            if isinstance(node, cst.SimpleStatementSuite):
                return [cst.SimpleStatementLine(body=node.body)]
            return []

        depends = frozenset(ctx.tainted)
        if isinstance(stmt, cst.If):
            g = guard or (
                "runs only when an earlier result allows it"
                if mentions(stmt.test, ctx.aliases, depends)
                else None
            )
            blocks.append((suite_of(stmt.body), g))
            if stmt.orelse is not None:
                blocks += self.inner_blocks(stmt.orelse, _Context(ctx.aliases, ctx.tainted, g, ctx.region))
        elif isinstance(stmt, cst.Else):
            blocks.append((suite_of(stmt.body), guard))
        elif isinstance(stmt, cst.For | cst.While):
            test = stmt.iter if isinstance(stmt, cst.For) else stmt.test
            g = guard or (
                "runs only when an earlier result allows it" if mentions(test, ctx.aliases, depends) else None
            )
            blocks.append((suite_of(stmt.body), g))
            if stmt.orelse is not None:
                blocks.append((suite_of(stmt.orelse.body), g))
        elif isinstance(stmt, cst.With):
            blocks.append((suite_of(stmt.body), guard))
        elif isinstance(stmt, cst.Try | cst.TryStar):
            catches = any(
                h.type is None
                or (dotted_name(h.type) or "").rsplit(".", 1)[-1]
                in ("AssertionError", "Exception", "BaseException")
                for h in stmt.handlers
            )
            g = guard or ("inside a try that can catch its failure" if catches else None)
            blocks.append((suite_of(stmt.body), g))
            for handler in stmt.handlers:
                blocks.append((suite_of(handler.body), g))
            if stmt.orelse is not None:
                blocks.append((suite_of(stmt.orelse.body), g))
            if stmt.finalbody is not None:
                blocks.append((suite_of(stmt.finalbody.body), g))
        elif (isinstance(stmt, cst.FunctionDef) and stmt.name.value != self.entry) or isinstance(
            stmt, cst.ClassDef
        ):
            blocks.append((suite_of(stmt.body), guard))
        return blocks

    def new_target(
        self, span: Span, text: str, kind: Literal["assert", "unittest", "raises"], ctx: _Context
    ) -> Target:
        target = Target(len(self.targets) + 1, span, text, kind, self.scope(ctx), region=ctx.region)
        self.targets.append(target)
        return target

    def scope(self, ctx: _Context) -> Scope:
        return Scope(ctx.aliases, self.entry, self.signature)

    def small(
        self,
        small: cst.BaseSmallStatement,
        line: cst.SimpleStatementLine,
        ctx: _Context,
        bound: dict[str, _Binding],
    ) -> None:
        if isinstance(small, cst.Assert) and self.span(small) in self.skipped:
            self.assertion(small, small.test, "assert", ctx, bound)
        elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            name = dotted_name(small.value.func) or ""
            method = name.removeprefix("self.")
            if (
                name.startswith("self.assert")
                and method in UNITTEST_METHODS
                and self.span(small.value) in self.skipped
            ):
                self.assertion(small, small.value, "unittest", ctx, bound, method)
        elif isinstance(small, cst.Assign | cst.AnnAssign):
            targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
            for target in targets:
                for name in _names_in(target):
                    bound.pop(name, None)
            if (
                len(targets) == 1
                and isinstance(targets[0], cst.Name)
                and small.value is not None
                and (binding := self.binding(small.value, ctx))
            ):
                bound[targets[0].value] = binding
        elif isinstance(small, cst.AugAssign | cst.Del):
            for name in _names_in(small):
                bound.pop(name, None)

    def binding(self, value: cst.BaseExpression, ctx: _Context) -> _Binding | None:
        """``name = conversion(f(args))``: the call's arguments become holes recorded right here."""
        node = value
        while isinstance(node, cst.Call) and dotted_name(node.func) in CONVERSIONS and len(node.args) == 1:
            node = node.args[0].value
        if not (isinstance(node, cst.Call) and dotted_name(node.func) in ctx.aliases):
            return None
        holes: list[int] = []
        problems: list[str] = []
        template = self.split(value, ctx, {}, holes, problems)
        if template is None:
            return None
        return _Binding(value, template, tuple(holes), problem=problems[0] if problems else None)

    def split(
        self,
        node: cst.BaseExpression,
        ctx: _Context,
        bound: dict[str, _Binding],
        own: list[int],
        problems: list[str],
    ) -> cst.BaseExpression | None:
        """The template of ``node``, recording which of its parts become holes (``self.wrap``)."""
        names = frozenset(bound)
        if not mentions(node, ctx.aliases, names):
            if isinstance(node, LITERALS) or (
                isinstance(node, cst.Name) and node.value in ("None", "True", "False")
            ):
                return node
            if isinstance(node, cst.Call) and dotted_name(node.func) in STRUCTURAL_CALLS:
                pass  # pytest.approx(v, rel=r): v and r are operands, approx is the shape
            else:
                if mentions(node, frozenset(), ctx.tainted):
                    problems.append("an operand depends on an earlier result of the function")
                hid = self.new_hole()
                self.wrap[node] = hid
                own.append(hid)
                return cst.Name(hole_name(hid))
        match node:
            case cst.Name(value=name) if name in bound:
                return bound[name].template  # its arguments are recorded where it was bound
            case cst.Call():
                args = []
                for arg in node.args:
                    inner = self.split(arg.value, ctx, bound, own, problems)
                    if inner is None:
                        return None
                    args.append(arg.with_changes(value=inner))
                return node.with_changes(args=args)
            case cst.Comparison():
                left = self.split(node.left, ctx, bound, own, problems)
                targets = []
                for c in node.comparisons:
                    inner = self.split(c.comparator, ctx, bound, own, problems)
                    if inner is None:
                        return None
                    targets.append(c.with_changes(comparator=inner))
                return None if left is None else node.with_changes(left=left, comparisons=targets)
            case cst.BinaryOperation() | cst.BooleanOperation():
                left = self.split(node.left, ctx, bound, own, problems)
                right = self.split(node.right, ctx, bound, own, problems)
                return None if left is None or right is None else node.with_changes(left=left, right=right)
            case cst.UnaryOperation():
                inner = self.split(node.expression, ctx, bound, own, problems)
                return None if inner is None else node.with_changes(expression=inner)
        return node  # a shape the recognisers will refuse (a comprehension around the call...)

    def assertion(
        self,
        statement: cst.CSTNode,
        expression: cst.BaseExpression,
        kind: Literal["assert", "unittest"],
        ctx: _Context,
        bound: dict[str, _Binding],
        method: str = "",
    ) -> None:
        node_span = self.span(expression if kind == "unittest" else statement)
        target = self.new_target(node_span, self.module.code_for_node(statement).strip(), kind, ctx)
        target.method = method
        used = {name: b for name, b in bound.items() if name in _names_in(expression)}
        own: list[int] = []
        problems: list[str] = []
        template = self.split(expression, ctx, used, own, problems)
        problems += [b.problem for b in used.values() if b.problem]
        if ctx.guarded:
            target.skip = ("property", f"the assertion {ctx.guarded}")
        elif problems:
            target.skip = ("property", problems[0])
        elif template is None:
            target.skip = ("unsupported-shape", "the assertion could not be instrumented")
        if target.skip:
            self._unwrap(own)
            return
        target.template = template
        target.own = tuple(own)
        target.holes = tuple(own) + tuple(h for b in used.values() for h in b.holes)
        shape = self.shape(target)
        if shape is not None and shape[0] in PROPERTY_CODES and self.pin and kind == "assert":
            self.pin_target(target, statement, expression, ctx, used, own, shape)
            return
        if shape is not None:
            target.skip = ("property", shape[1]) if shape[0] in PROPERTY_CODES else shape
            self._unwrap(own)
            return
        self.before[statement] = [f"__tc__.begin({target.aid}, {list(target.own)!r})"]
        self.after[statement] = [f"__tc__.end({target.aid}, {list(target.holes)!r})"]

    def _unwrap(self, holes: list[int]) -> None:
        for node in [n for n, h in self.wrap.items() if h in holes]:
            del self.wrap[node]

    def shape(self, target: Target) -> tuple[str, str] | None:
        """Whether the template reads as a check, with a stand-in value for every hole."""
        try:
            target.parse(dict.fromkeys(map(hole_name, target.holes), 0))
        except Skip as skip:
            if skip.code in PROPERTY_CODES or skip.code in (
                "no-call",
                "noop",
                "star-args",
                "keyword",
                "arity",
            ):
                return skip.code, skip.reason
        return None

    def pin_target(
        self,
        target: Target,
        statement: cst.CSTNode,
        expression: cst.BaseExpression,
        ctx: _Context,
        used: dict[str, _Binding],
        own: list[int],
        shape: tuple[str, str],
    ) -> None:
        """--trace=pin: a property-shaped assertion over one call becomes ``call == what the reference
        returned``: stricter than the original test, which accepted any result with the property."""
        self._unwrap(own)
        inline = _calls_of(expression, ctx.aliases)
        bindings = list(used.values())
        if len(inline) + len(bindings) != 1:
            target.skip = ("property", shape[1] + " (--trace=pin needs exactly one call in it)")
            return
        problems: list[str] = []
        if inline:
            args: list[int] = []
            call_template = self.split(inline[0], ctx, {}, args, problems)
            result = self.new_hole()
            self.wrap[inline[0]] = result
            target.own = (*args, result)
            target.holes = target.own
        else:
            binding = bindings[0]
            call_template = binding.template
            if binding.result is None:
                binding.result = self.new_hole()
                self.wrap[binding.node] = binding.result
            result = binding.result
            target.own = ()
            target.holes = (*binding.holes, result)
        if call_template is None or problems:
            target.skip = ("property", shape[1])
            return
        target.template = cst.Comparison(
            call_template, [cst.ComparisonTarget(cst.Equal(), cst.Name(hole_name(result)))]
        )
        target.pinned = True
        self.before[statement] = [f"__tc__.begin({target.aid}, {list(target.own)!r})"]
        self.after[statement] = [f"__tc__.end({target.aid}, {list(target.holes)!r})"]

    def raises(self, stmt: cst.With, item: cst.WithItem, ctx: _Context, bound: dict[str, _Binding]) -> None:
        head = self.module.code_for_node(stmt).strip().splitlines()[0]
        target = self.new_target(self.span(item.item), head, "raises", ctx)
        if ctx.guarded:
            target.skip = ("property", f"the assertion {ctx.guarded}")
            return
        own: list[int] = []
        problems: list[str] = []
        body: list[cst.BaseStatement] = []
        for line in stmt.body.body:
            if not isinstance(line, cst.SimpleStatementLine):
                target.skip = ("unsupported-shape", "the raises block holds more than the one call")
                return
            smalls: list[cst.BaseSmallStatement] = []
            for small in line.body:
                if isinstance(small, cst.Expr):
                    inner = self.split(small.value, ctx, {}, own, problems)
                    if inner is None:
                        problems.append("the raises block could not be instrumented")
                        break
                    smalls.append(small.with_changes(value=inner))
                else:
                    smalls.append(small)
            body.append(line.with_changes(body=smalls))
        target.template, target.body = item, body
        target.own = target.holes = tuple(own)
        shape = self.shape(target) if not problems else ("property", problems[0])
        if shape is not None:
            target.skip = ("property", shape[1]) if shape[0] in PROPERTY_CODES else shape
            self._unwrap(own)
            return
        self.before[stmt] = [f"__tc__.begin({target.aid}, {list(target.own)!r})"]
        self.after[stmt] = [f"__tc__.end({target.aid}, {list(target.holes)!r})"]

    # --- rewriting ---------------------------------------------------------------------------------------

    def rewrite(self) -> str:
        instrumenter = self

        class Rewrite(cst.CSTTransformer):
            def leave_Module(self, original: cst.Module, updated: cst.Module) -> cst.Module:
                body = [s for s in updated.body if not instrumenter._is_dropped(s)]
                return updated.with_changes(body=instrumenter._spread(body, original.body))

            def leave_IndentedBlock(
                self, original: cst.IndentedBlock, updated: cst.IndentedBlock
            ) -> cst.IndentedBlock:
                return updated.with_changes(body=instrumenter._spread(list(updated.body), original.body))

            def on_leave(self, original: cst.CSTNode, updated: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
                updated = super().on_leave(original, updated)  # type: ignore[assignment]
                hid = instrumenter.wrap.get(original)
                if hid is not None and isinstance(updated, cst.BaseExpression):
                    return cst.Call(
                        cst.Attribute(cst.Name("__tc__"), cst.Name("hole")),
                        [cst.Arg(cst.Integer(str(hid))), cst.Arg(updated)],
                    )
                if isinstance(updated, cst.SimpleStatementLine):
                    smalls: list[cst.BaseSmallStatement] = []
                    for orig, new in zip(original.body, updated.body, strict=True):  # type: ignore[attr-defined]
                        smalls += [
                            cst.Expr(cst.parse_expression(s)) for s in instrumenter.before.get(orig, [])
                        ]
                        smalls.append(new)
                        smalls += [
                            cst.Expr(cst.parse_expression(s)) for s in instrumenter.after.get(orig, [])
                        ]
                    return updated.with_changes(body=smalls)
                return updated

        return self.module.visit(Rewrite()).code

    def _is_dropped(self, stmt: cst.CSTNode) -> bool:
        return self.drop_entry and isinstance(stmt, cst.FunctionDef) and stmt.name.value == self.entry

    def _spread(
        self, updated: Sequence[cst.BaseStatement], original: Sequence[cst.BaseStatement]
    ) -> list[cst.BaseStatement]:
        """Compound statements (a with-block for raises) get their begin and end as statements around them."""
        by_position = [o for o in original if not self._is_dropped(o)]
        out: list[cst.BaseStatement] = []
        for orig, new in zip(by_position, updated, strict=True):
            out += (
                [cst.parse_statement(s) for s in self.before.get(orig, [])]
                if not isinstance(orig, cst.SimpleStatementLine)
                else []
            )
            out.append(new)
            out += (
                [cst.parse_statement(s) for s in self.after.get(orig, [])]
                if not isinstance(orig, cst.SimpleStatementLine)
                else []
            )
        return out


def _assigned_in(stmt: cst.CSTNode) -> set[str]:
    found: set[str] = set()

    class Targets(cst.CSTVisitor):
        def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
            found.update(_names_in(node.target))

        def visit_For(self, node: cst.For) -> None:
            found.update(_names_in(node.target))

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            found.update(_names_in(node.target))

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            found.update(_names_in(node.target))

    stmt.visit(Targets())
    return found


def _calls_of(node: cst.CSTNode, aliases: frozenset[str]) -> list[cst.Call]:
    found: list[cst.Call] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> None:
            if dotted_name(n.func) in aliases:
                found.append(n)

    node.visit(Calls())
    return found


def instrument(
    module: cst.Module,
    entry: str,
    signature: Signature | None,
    skipped: dict[Span, str],
    *,
    pin: bool = False,
    drop_entry: bool = False,
) -> Plan:
    instrumenter = Instrumenter(module, entry, signature, skipped, pin=pin, drop_entry=drop_entry)
    instrumenter.analyse()
    return Plan(instrumenter.rewrite(), instrumenter.targets, instrumenter.next_hole)
