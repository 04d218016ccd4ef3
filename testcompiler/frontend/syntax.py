"""Small libcst helpers the reader uses to find tests, count assertions and follow bound names."""

from __future__ import annotations

from collections import Counter

import libcst as cst

from testcompiler.frontend.constants import dotted_name


def is_raises_call(call: cst.Call) -> bool:
    return dotted_name(call.func) in ("pytest.raises", "raises", "self.assertRaises")


class AssertFinder(cst.CSTVisitor):
    """Every statement that asserts something, for counting what a skipped block held."""

    def __init__(self) -> None:
        self.found: list[cst.CSTNode] = []

    def visit_Assert(self, node: cst.Assert) -> None:
        self.found.append(node)

    def visit_Call(self, node: cst.Call) -> None:
        name = dotted_name(node.func) or ""
        if name.startswith("self.assert") or is_raises_call(node):
            self.found.append(node)


class Substitute(cst.CSTTransformer):
    """Replace names bound earlier to a call of the function (``r = f(x); assert r == 3``)."""

    def __init__(self, bound: dict[str, cst.BaseExpression]) -> None:
        self.bound = bound

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        return self.bound.get(original.value, updated)

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        return dotted_name(node) is None  # leave `math.inf` alone


class CallCounter(cst.CSTVisitor):
    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, cst.Name):
            self.counts[node.func.value] += 1


NOT_ENTRIES = frozenset(
    {
        "abs",
        "len",
        "sorted",
        "list",
        "tuple",
        "set",
        "dict",
        "float",
        "int",
        "str",
        "round",
        "min",
        "max",
        "sum",
        "range",
        "isinstance",
        "type",
        "print",
        "check",
        "candidate",
        "any",
        "all",
        "repr",
        "approx",
    }
)


TEST_MODULES = frozenset({"pytest", "unittest", "hypothesis", "doctest"})


def imports_test_framework(stmt: cst.CSTNode) -> bool:
    """``import pytest`` and the like: test-only, never part of a prompt."""
    found = False

    class Finder(cst.CSTVisitor):
        def visit_ImportAlias(self, node: cst.ImportAlias) -> None:
            nonlocal found
            found |= (dotted_name(node.name) or "").split(".")[0] in TEST_MODULES

        def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
            nonlocal found
            found |= (
                node.module is not None and (dotted_name(node.module) or "").split(".")[0] in TEST_MODULES
            )

    stmt.visit(Finder())
    return found


def is_testcase(cls: cst.ClassDef) -> bool:
    return any((dotted_name(b.value) or "").endswith("TestCase") for b in cls.bases)


def is_main_guard(stmt: cst.If) -> bool:
    test = stmt.test
    return (
        isinstance(test, cst.Comparison)
        and dotted_name(test.left) == "__name__"
        and any(isinstance(c.comparator, cst.SimpleString) for c in test.comparisons)
    )


def entry_aliases(module: cst.Module, entry: str) -> frozenset[str]:
    """How tests name the function under test: ``entry``, and ``m.entry`` for each top-level ``import m``
    (``import inflection`` then ``inflection.pluralize(x)``)."""
    names = {entry}
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Import):
                    for alias in small.names:
                        bound = alias.asname.name if alias.asname else alias.name
                        if isinstance(bound, cst.Name | cst.Attribute) and (name := dotted_name(bound)):
                            names.add(f"{name}.{entry}")
    return frozenset(names)
