"""Tests without a model: inputs drawn from the function's types, outputs recorded from the function itself.

The function is its own specification (the translations must agree with it, not with an ideal): hypothesis
draws arguments from the parameter types (the annotations, or else the types the docstring's examples
show), the sandbox runs the function on each input, and every call that returns a value the IR can hold
becomes ``assert NAME(<args>) == <result>``. The same check as the LLM's tests confirms they pass; then a
small subset is chosen greedily for line coverage, so the tests stay few and each one earns its place.
"""

from __future__ import annotations

import ast
import math
import secrets
import string
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from emitters import source_emitter
from ir import (
    ANY,
    BoolType,
    DictType,
    FloatType,
    IntType,
    ListType,
    NoneType,
    NotAValue,
    OptionalType,
    SetType,
    StrType,
    TupleType,
    Type,
    TypeSyntaxError,
    UnionType,
    Value,
    from_python,
    is_concrete,
    parse_type,
    to_python,
)
from pipeline.checking import check_asserts
from pipeline.coverage_run import line_coverage, lines_per_test
from testcompiler import FrontendError, read_suite
from testcompiler.run.pool import default_jobs, run_many
from testcompiler.run.readback import read_value

INT_BOUND = 1000  # small enough that every typed target's 64-bit ints hold any result of simple arithmetic
FLOAT_BOUND = 1000.0
ALPHABET = string.ascii_letters + string.digits + string.punctuation + " "  # printable, no control chars
MAX_SIZE = 5  # elements of a drawn container; strings up to twice that
PER_CALL = 1.0  # seconds one call may take inside the program


class NoStrategy(ValueError):
    """A type with nothing to draw from (``Any``, the unknown element of ``[]``)."""


def strategy(t: Type) -> st.SearchStrategy[Any]:
    """Python values of IR type ``t``, bounded so they are cheap to run and fit every target."""
    match t:
        case BoolType():
            return st.booleans()
        case IntType():
            return st.integers(-INT_BOUND, INT_BOUND)
        case FloatType():
            # Three decimals: literals every target reads back exactly enough (no 1e-300 from the edges).
            floats = st.floats(-FLOAT_BOUND, FLOAT_BOUND, allow_nan=False, allow_infinity=False)
            return floats.map(lambda x: round(x, 3))
        case StrType():
            return st.text(alphabet=ALPHABET, max_size=2 * MAX_SIZE)
        case NoneType():
            return st.none()
        case ListType(elem):
            return st.lists(strategy(elem), max_size=MAX_SIZE)
        case TupleType(items, True):
            return st.lists(strategy(items[0]), max_size=MAX_SIZE).map(tuple)
        case TupleType(items):
            return st.tuples(*map(strategy, items))
        case SetType(elem):
            return st.sets(strategy(elem), max_size=MAX_SIZE)
        case DictType(key, value):
            return st.dictionaries(strategy(key), strategy(value), max_size=MAX_SIZE)
        case OptionalType(inner):
            return st.none() | strategy(inner)
        case UnionType(options):
            return st.one_of(*map(strategy, options))
    raise NoStrategy(f"no values to draw for type {t}")


@contextmanager
def _no_local_constants() -> Iterator[None]:
    """Draws that depend on the types alone.

    hypothesis (6.131 on) also draws constants it finds in the source of the "local" modules loaded in the
    process: our own code, and whichever modules happen to be imported. The same function then got other
    inputs in another process (a Ray task, the CLI). Here that pool is empty for the draw's duration, and
    the cache of it is a fresh one. Versions without it are left alone.
    """
    try:
        from hypothesis.internal.cache import LRUCache
        from hypothesis.internal.conjecture import providers
        from hypothesis.internal.constants_ast import Constants
    except ImportError:
        yield
        return
    names = ("_get_local_constants", "CONSTANTS_CACHE")
    if not all(hasattr(providers, n) for n in names):
        yield
        return
    saved = [getattr(providers, n) for n in names]
    providers._get_local_constants = Constants
    providers.CONSTANTS_CACHE = LRUCache(1024)
    try:
        yield
    finally:
        for n, value in zip(names, saved, strict=True):
            setattr(providers, n, value)


def draw(types: list[Type], examples: int) -> list[tuple[Any, ...]]:
    """Up to ``examples`` argument tuples; the same ones in every run and every process (derandomized, no
    example database, no constants picked up from loaded modules)."""
    drawn: list[tuple[Any, ...]] = []

    @settings(
        max_examples=examples, database=None, derandomize=True, deadline=None,
        suppress_health_check=list(HealthCheck), phases=(Phase.generate,),
    )  # fmt: skip
    @given(st.tuples(*map(strategy, types)))
    def collect(args: tuple[Any, ...]) -> None:
        drawn.append(args)

    with _no_local_constants():
        collect()
    return drawn


class InputError(ValueError):
    """A file the command line cannot test: reported as one line."""


def function_source(text: str, filename: str, entry: str | None) -> tuple[str, str]:
    """The file's imports, definitions and assignments, with the entry function last (the pipeline's
    shape: coverage counts the last function's body); and the entry's name (default: the last function).

    Other top-level statements (prints, asserts, a main block) are left out: they are not the function.
    """
    try:
        module = ast.parse(text, filename)
    except SyntaxError as exc:
        raise InputError(f"{filename}:{exc.lineno}:{exc.offset}: syntax error: {exc.msg}") from None
    functions = [n for n in module.body if isinstance(n, ast.FunctionDef)]
    if not functions:
        raise InputError(f"{filename}: no function to test")
    name = entry or functions[-1].name
    if not any(f.name == name for f in functions):
        raise InputError(f"{filename}: no function {name!r}")
    lines = text.splitlines()
    kept: list[str] = []
    target = ""
    definitions = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign)
    for node in module.body:
        if not isinstance(node, definitions):
            continue
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        segment = "\n".join(lines[start - 1 : node.end_lineno])
        if isinstance(node, ast.FunctionDef) and node.name == name:
            target = segment  # the last definition of that name wins, as when Python runs the file
        else:
            kept.append(segment)
    return "\n\n\n".join([*kept, target]) + "\n", name


def find_function(code: str, name: str) -> ast.FunctionDef | None:
    found = None
    for node in ast.parse(code).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            found = node
    return found


def _annotation(code: str, node: ast.expr | None) -> Type | None:
    """The annotation as an IR type (as the frontend reads it), None when absent or not understood."""
    if node is None:
        return None
    text = node.value if isinstance(node, ast.Constant) else ast.get_source_segment(code, node)
    try:
        t = parse_type(str(text))
    except TypeSyntaxError:
        return None
    return t if is_concrete(t) else None


def param_types(code: str, name: str) -> tuple[list[Type], str]:
    """The types to draw each passed parameter from, or a reason there are none.

    Annotations first; what they leave open comes from the docstring's examples (the frontend types a
    parameter by its example arguments). Trailing parameters with defaults and no type are left out of the
    calls, so their defaults apply.
    """
    function = find_function(code, name)
    if function is None:
        return [], f"no function {name!r}"
    args = function.args
    if any(default is None for default in args.kw_defaults):
        return [], "keyword-only parameters"
    params = args.posonlyargs + args.args
    first_default = len(params) - len(args.defaults)
    types = [_annotation(code, p.annotation) for p in params]
    if None in types:
        try:
            signature = read_suite(code, f"{name}.py", name, doctests=True).signature
            for i, shown in enumerate(signature.params[: len(types)]):
                if types[i] is None and shown.type is not ANY and is_concrete(shown.type):
                    types[i] = shown.type
        except FrontendError:
            pass  # no examples in the docstring
    for i, (param, t) in enumerate(zip(params, types, strict=True)):
        if t is None:
            if i >= first_default:
                return [t for t in types[:i] if t is not None], ""
            return [], f"no type for parameter {param.arg!r}"
    return [t for t in types if t is not None], ""


def _observer(code: str, name: str, calls: list[str], marker: str, budget: float) -> str:
    """The function, then each call under a time limit; a line per call says how it ended.

    The marker starts a fresh line, so whatever the function prints cannot hide it.
    """
    lines = [
        code.rstrip("\n"),
        "",
        "",
        "import signal as _tg_signal, time as _tg_time",
        "class _TgTimeout(BaseException): pass",
        "def _tg_alarm(signum, frame): raise _TgTimeout()",
        "try:",
        "    _tg_signal.signal(_tg_signal.SIGALRM, _tg_alarm)",
        "except ValueError:  # not the main thread: the program's own time limit still holds",
        "    pass",
        "_tg_calls = [",
        *(f"    lambda: {name}({args})," for args in calls),
        "]",
        f"_tg_deadline = _tg_time.monotonic() + {budget!r}",
        "for _tg_i, _tg_call in enumerate(_tg_calls):",
        "    if _tg_time.monotonic() > _tg_deadline:",
        "        break",
        f"    _tg_signal.setitimer(_tg_signal.ITIMER_REAL, {PER_CALL!r})",
        "    try:",
        "        _tg_result = _tg_call()",
        "        _tg_signal.setitimer(_tg_signal.ITIMER_REAL, 0)",
        "        _tg_text = 'ok ' + repr(_tg_result)",
        "    except _TgTimeout:",
        "        _tg_text = 'timeout'",
        "    except BaseException as _tg_exc:",
        "        _tg_signal.setitimer(_tg_signal.ITIMER_REAL, 0)",
        "        _tg_text = 'raised ' + type(_tg_exc).__name__",
        f"    print('\\n' + {marker!r}, _tg_i, _tg_text, flush=True)",
    ]
    return "\n".join(lines) + "\n"


def _finite(obj: object) -> bool:
    if isinstance(obj, float):
        return math.isfinite(obj)
    if isinstance(obj, dict):
        return all(_finite(k) and _finite(v) for k, v in obj.items())
    if isinstance(obj, list | tuple | set | frozenset):
        return all(map(_finite, obj))
    return True


def _results(stdout: str, marker: str) -> dict[int, str]:
    found: dict[int, str] = {}
    for line in stdout.splitlines():
        if line.startswith(marker + " "):
            _, index, text = line.split(" ", 2)
            found[int(index)] = text
    return found


def _value(text: str) -> tuple[Value | None, str]:
    """The IR value a call returned, or why it cannot be a test's expected value."""
    if text == "timeout":
        return None, "timeout"
    if text.startswith("raised "):
        return None, text
    value = read_value(source_emitter(), text.removeprefix("ok "))
    if value is None:
        return None, "no-ir-form"
    try:
        obj = to_python(value)
        from_python(obj)  # a value some type of ours holds (not a list of lists and ints)
    except (NotAValue, TypeError, ValueError):
        return None, "no-ir-form"
    if not _finite(obj):
        return None, "not-finite"
    return value, ""


@dataclass
class TypeTests:
    """One function's tests from its types, and what happened to every input drawn for it."""

    tests: list[str] = field(default_factory=list)  # the chosen asserts
    drawn: int = 0  # distinct inputs
    passing: int = 0  # asserts that passed the check, before choosing
    dropped: Counter[str] = field(default_factory=Counter)  # inputs by reason
    coverage: float = 0.0
    reason: str = ""  # why the function got no inputs at all (no types, ...)

    def as_json(self) -> dict[str, object]:
        return {
            "drawn": self.drawn,
            "passing": self.passing,
            "kept": len(self.tests),
            "dropped": dict(sorted(self.dropped.items())),
            "coverage": round(self.coverage, 4),
            **({"reason": self.reason} if self.reason else {}),
        }


def select(lines: list[set[int]], results: list[str], max_tests: int) -> list[int]:
    """Indices of the tests to keep: greedy line coverage, then variety.

    Greedy: take the test that adds the most lines not yet covered until none adds any. Then, up to
    ``max_tests``, in draw order (hypothesis draws simple values first): tests that take a path no kept test
    takes (another set of lines), then tests with a result no kept test has.
    """
    chosen: list[int] = []
    covered: set[int] = set()
    while len(chosen) < max_tests:
        rest = [i for i in range(len(lines)) if i not in chosen]
        if not rest:
            break
        best = max(rest, key=lambda i: (len(lines[i] - covered), -i))
        if not lines[best] - covered:
            break
        chosen.append(best)
        covered |= lines[best]
    paths = {frozenset(lines[i]) for i in chosen}
    seen = {results[i] for i in chosen}
    for i in range(len(lines)):
        if len(chosen) < max_tests and i not in chosen and frozenset(lines[i]) not in paths:
            chosen.append(i)
            paths.add(frozenset(lines[i]))
            seen.add(results[i])
    for i in range(len(lines)):
        if len(chosen) < max_tests and i not in chosen and results[i] not in seen:
            chosen.append(i)
            seen.add(results[i])
    return chosen


def type_tests(
    items: list[tuple[str, str]],
    examples: int = 100,
    max_tests: int = 10,
    timeout: float = 10.0,
    done: Callable[[], None] | None = None,
) -> list[TypeTests]:
    """For each (code, function name): its tests from its types. One sandboxed program per function, run
    twice (a result that changes between runs is no test); ``done`` is called once per item."""
    py = source_emitter()
    marker = "@@typegen-" + secrets.token_hex(6)
    out = [TypeTests() for _ in items]
    calls: list[list[str]] = [[] for _ in items]
    for i, (code, name) in enumerate(items):
        try:
            types, reason = param_types(code, name)
        except SyntaxError as exc:
            types, reason = [], f"syntax error: {exc.msg}"
        if reason:
            out[i].reason = reason
            continue
        try:
            drawn = draw(types, examples)
        except NoStrategy as exc:
            out[i].reason = str(exc)
            continue
        rendered = (", ".join(py.value(from_python(a)) for a in args) for args in drawn)
        calls[i] = list(dict.fromkeys(rendered))
        out[i].drawn = len(calls[i])
    running = [i for i, c in enumerate(calls) if c]
    programs = [_observer(*items[i], calls[i], marker, timeout * 0.6) for i in running]
    outcomes = run_many([(py, p, None) for p in programs for _ in (0, 1)], timeout)
    candidates: dict[int, tuple[list[str], list[str]]] = {}  # item -> asserts, their results' text
    for n, i in enumerate(running):
        first, second = (_results(o.stdout, marker) for o in outcomes[2 * n : 2 * n + 2])
        asserts, results = [], []
        for j, args in enumerate(calls[i]):
            if j not in first:
                out[i].dropped["not-run"] += 1
                continue
            value, why = _value(first[j])
            if value is None:
                out[i].dropped[why] += 1
                continue
            again, _ = _value(second.get(j, ""))
            if again is None or to_python(again) != to_python(value):
                out[i].dropped["nondeterministic"] += 1
                continue
            asserts.append(f"assert {items[i][1]}({args}) == {py.value(value)}")
            results.append(first[j])
        candidates[i] = (asserts, results)
    order = list(candidates)
    checked = check_asserts([(items[i][0], items[i][1], candidates[i][0]) for i in order], timeout)

    def choose(index: int) -> None:
        code, name = items[index]
        asserts, results = candidates[index]
        passed = set(checked[order.index(index)].passed)
        keep = [k for k, a in enumerate(asserts) if a in passed]
        out[index].dropped["check-failed"] += len(asserts) - len(keep)
        out[index].passing = len(keep)
        asserts, results = [asserts[k] for k in keep], [results[k] for k in keep]
        lines = lines_per_test(code, asserts, timeout)
        chosen = select(lines, results, max_tests)
        out[index].tests = [asserts[k] for k in chosen]
        out[index].coverage = line_coverage(code, name, out[index].tests, timeout)

    with ThreadPoolExecutor(max_workers=default_jobs()) as pool:
        list(pool.map(choose, order))
    for t in out:
        t.dropped = Counter({k: v for k, v in t.dropped.items() if v})
    if done:
        for _ in items:
            done()
    return out
