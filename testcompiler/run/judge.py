"""Verdicts decided outside the candidate's process.

An observing harness (``Emitter.harness(..., observe=True)``) only calls the function under test and prints
what each call returned, in its language's notation: ``testcompiler <index> value|error|oom <text>``, then
``testcompiler done``. The expected values never enter the program. Here each printed value is read back
into the IR (the language's lark grammar, testcompiler.run.readback) and compared with the expected value in
Python, with the semantics the self-checking harnesses implement (README, "Semantics"): a forged line can at
best claim a value, and a wrong value fails.

What a language cannot tell apart is declared on its emitter and applied to both sides before comparing:
Python keeps lists and tuples apart, the others do not; Racket's ``#f`` stands for None; Lua's tables hold
lists, dicts and sets alike, with ``nil`` holes; R's scalars are one-element vectors and ``NULL`` is any empty
container; OCaml and R hold sets (and OCaml dicts) as lists.
"""

from __future__ import annotations

import math
import re

from emitters import DEFAULT_NONCE, Emitter
from ir import (
    BoolValue,
    Check,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    Relation,
    SetValue,
    StrValue,
    Tolerance,
    TupleValue,
    Value,
    to_python,
)
from testcompiler.run.readback import read_value
from testcompiler.run.results import CheckResult, tagged_lines

MARKER = DEFAULT_NONCE  # not a secret: nothing a candidate prints can do more than claim a value


def read_observations(stdout: str) -> tuple[dict[int, tuple[str, str]], set[int], bool]:
    """Each index's first ``(kind, text)``, the indices printed twice with different contents (a forger
    racing the harness: such a check fails), and whether ``done`` was printed."""
    seen: dict[int, tuple[str, str]] = {}
    conflicting: set[int] = set()
    done = False
    for parts in tagged_lines(stdout, MARKER):
        if parts == ["done"]:
            done = True
        elif len(parts) >= 2 and parts[0].isdigit() and parts[1] in ("value", "error", "oom"):
            index = int(parts[0])
            observed = (parts[1], parts[2] if len(parts) > 2 else "")
            if index in seen and seen[index] != observed:
                conflicting.add(index)
            seen.setdefault(index, observed)
    return seen, conflicting, done


def judge(
    stdout: str, checks: tuple[Check, ...], tolerance: Tolerance, emitter: Emitter
) -> tuple[list[CheckResult], bool]:
    """One result per check (pass, fail, error, oom or missing), and whether the harness printed ``done``."""
    seen, conflicting, done = read_observations(stdout)
    results = []
    for index, check in enumerate(checks, start=1):
        if index in conflicting:
            results.append(CheckResult(index, "fail", "conflicting result lines"))
        elif index not in seen:
            results.append(CheckResult(index, "missing", "no result line"))
        else:
            kind, text = seen[index]
            results.append(decide(index, check, kind, text, check.tolerance or tolerance, emitter))
    return results, done


def decide(
    index: int, check: Check, kind: str, text: str, tolerance: Tolerance, emitter: Emitter
) -> CheckResult:
    relation = check.relation
    if kind == "oom":
        return CheckResult(index, "oom", text)
    if kind == "error":
        if relation is not Relation.RAISES:
            return CheckResult(index, "error", text)
        if emitter.names_exceptions:  # "<class names of the exception's MRO> <message>"
            names = text.split(" ", 1)[0].split(",")
            if check.exception not in names:
                return CheckResult(index, "fail", f"expected {check.exception}, got {names[0]}", names[0])
        return CheckResult(index, "pass")
    value = read_value(emitter, text)
    shown = _python_notation(value) if value is not None else None
    if relation is Relation.RAISES:
        return CheckResult(index, "fail", f"no exception raised; got {text}", shown)
    if value is None:
        ok = relation is Relation.IS_NOT_NONE  # whatever it is, it printed as something other than None
    else:
        ok = holds(relation, value, check.expected, tolerance, emitter)
    if ok:
        return CheckResult(index, "pass")
    return CheckResult(
        index, "fail", f"got {text}" if value is not None else f"unreadable value {text}", shown
    )


def _python_notation(value: Value) -> str | None:
    try:
        return repr(to_python(value))
    except TypeError:
        return None


def holds(
    relation: Relation, actual: Value, expected: Value | None, tol: Tolerance, emitter: Emitter
) -> bool:
    norm = _Normal(emitter)
    if relation in (Relation.EQUALS, Relation.APPROX, Relation.NOT_EQUALS):
        assert expected is not None
        same = norm.equal(norm(actual), norm(expected), tol)
        return same if relation is not Relation.NOT_EQUALS else not same
    if relation in (Relation.TRUTHY, Relation.FALSY):
        return truthy(norm(actual)) == (relation is Relation.TRUTHY)
    if relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
        none = isinstance(actual, NoneValue) or (emitter.none_is_false and _is(actual, BoolValue, False))
        return none == (relation is Relation.IS_NONE)
    if relation in (Relation.IS_TRUE, Relation.IS_FALSE):
        wanted = relation is Relation.IS_TRUE
        return _is(actual, BoolValue, wanted) or (
            not wanted and emitter.none_is_false and isinstance(actual, NoneValue)
        )
    raise ValueError(relation)


def truthy(v: Value) -> bool:
    """Python's truthiness of the value ``v`` stands for."""
    match v:
        case NoneValue():
            return False
        case BoolValue(b):
            return b
        case IntValue(n):
            return n != 0
        case FloatValue(x):
            return x != 0.0
        case StrValue(s):
            return s != ""
        case ListValue(items) | TupleValue(items) | SetValue(items) | DictValue(items):
            return len(items) > 0
    return True


class _Normal:
    """Both sides brought to the shapes the target language can tell apart, then compared."""

    def __init__(self, emitter: Emitter) -> None:
        self.e = emitter

    def __call__(self, v: Value) -> Value:
        e = self.e
        match v:
            case NoneValue() if e.none_is_false:
                return BoolValue(False)
            case NoneValue() if e.vectors:
                return ListValue(())
            case TupleValue(items) if e.sequences_alike:
                return self(ListValue(items, type=v.type))
            case ListValue(items) | TupleValue(items):
                items = tuple(self(x) for x in items)
                if e.tables and any(isinstance(x, NoneValue) for x in items):  # nil holes: a table keyed 1..n
                    return self(DictValue(tuple((IntValue(i), x) for i, x in enumerate(items, start=1))))
                return type(v)(items, type=v.type)
            case SetValue(items):
                if e.tables:
                    return self(DictValue(tuple((x, BoolValue(True)) for x in items)))
                if e.vectors and not items:
                    return ListValue(())
                return SetValue(tuple(self(x) for x in items))
            case DictValue(items):
                pairs = tuple(
                    (self(k), self(x)) for k, x in items if not (e.tables and isinstance(x, NoneValue))
                )
                if e.tables and all(_is(k, IntValue, i) for i, (k, _) in enumerate(pairs, start=1)):
                    return ListValue(tuple(x for _, x in pairs))  # a sequence table prints as a list
                if e.arrays and sorted(_key(k) for k, _ in pairs) == list(range(len(pairs))):
                    return ListValue(tuple(x for _, x in sorted(pairs, key=lambda p: _key(p[0]))))  # a list
                if e.dicts_as_lists:  # an association list, compared as a set of pairs
                    return SetValue(tuple(self(TupleValue((k, x))) for k, x in pairs))
                if e.vectors and not pairs:
                    return ListValue(())
                return DictValue(pairs)
        return v

    def equal(self, a: Value, b: Value, tol: Tolerance) -> bool:
        e = self.e
        na, nb = _number(a, e.bool_is_int), _number(b, e.bool_is_int)
        if e.numeric_strings and (na is None) != (nb is None):  # a number against a string that spells one
            na, nb = _spelled(a) if na is None else na, _spelled(b) if nb is None else nb
        if na is not None and nb is not None:
            if isinstance(na, int) and isinstance(nb, int):
                return na == nb
            return close(float(na), float(nb), tol)
        if e.vectors:  # a scalar is a one-element vector (``a`` is the actual value, ``b`` the expected one)
            if isinstance(a, ListValue) and len(a.items) == 1 and not isinstance(b, ListValue | SetValue):
                return self.equal(a.items[0], b, tol)
            if isinstance(b, ListValue) and len(b.items) == 1 and not isinstance(a, ListValue | SetValue):
                # R cannot tell c(5) from 5; where depth matters the emitter writes list(5), never a scalar
                return e.value(b).startswith("c(") and self.equal(a, b.items[0], tol)
        if isinstance(a, SetValue) or isinstance(b, SetValue):
            if e.sets_as_lists or e.dicts_as_lists or (isinstance(a, SetValue) and isinstance(b, SetValue)):
                xs, ys = _items(a, e.arrays), _items(b, e.arrays)
                if xs is None or ys is None:
                    return False
                return all(any(self.equal(x, y, tol) for y in ys) for x in xs) and all(
                    any(self.equal(x, y, tol) for x in xs) for y in ys
                )
            return False
        if type(a) is not type(b):
            return False
        match a, b:
            case (ListValue(xs), ListValue(ys)) | (TupleValue(xs), TupleValue(ys)):
                return len(xs) == len(ys) and all(self.equal(x, y, tol) for x, y in zip(xs, ys, strict=True))
        if isinstance(a, DictValue) and isinstance(b, DictValue):
            if len(a.items) != len(b.items):
                return False
            return all(
                any(self.equal(k, j, _EXACT) and self.equal(x, y, tol) for j, y in b.items)
                for k, x in a.items
            )
        return _scalar(a) == _scalar(b)


_EXACT = Tolerance(0.0, 0.0, False)


def _scalar(v: Value) -> object:
    """A scalar's content, without the static type the IR node carries (a read-back value has none)."""
    return (type(v), getattr(v, "value", None))


def _is(v: Value, kind: type[Value], content: object = None) -> bool:
    return isinstance(v, kind) and getattr(v, "value", None) == content


def _items(v: Value, arrays: bool = False) -> tuple[Value, ...] | None:
    if isinstance(v, SetValue | ListValue | TupleValue):
        return v.items
    if arrays and isinstance(v, DictValue):  # an array's values, whatever its keys
        return tuple(x for _, x in v.items)
    return None


def _key(v: Value) -> int:
    """An array's integer key; -1 for any other key (no list has it)."""
    return v.value if isinstance(v, IntValue) else -1


def _number(v: Value, bool_is_int: bool) -> int | float | None:
    match v:
        case BoolValue(b) if bool_is_int:
            return int(b)
        case IntValue(n):
            return n
        case FloatValue(x):
            return x
    return None


_DECIMAL = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _spelled(v: Value) -> int | float | None:
    """The number a string spells in decimal (``"-3"``, ``"2.5"``, ``"1e3"``), if it spells one."""
    if not isinstance(v, StrValue) or not _DECIMAL.fullmatch(v.value):
        return None
    return int(v.value) if v.value.lstrip("-").isdigit() else float(v.value)


def close(a: float, b: float, tol: Tolerance) -> bool:
    """The one float policy of every harness: within ``tol``, inf equal to inf and NaN equal to NaN."""
    if math.isnan(a) and math.isnan(b):
        return True
    if a == b:
        return True
    if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
        return False
    diff = abs(a - b)
    bound = max(tol.rel * max(abs(a), abs(b)), tol.abs)
    return diff < bound if tol.strict else diff <= bound
