"""Trace mode: compile the assertions no static rule can, by running the tests in Python.

An assertion the static frontend skips (inside a loop, compared with a computed value, with random inputs)
is instrumented (``instrument.py``); the test module then runs against a Python implementation of the
function, in the sandbox, twice, and each time the assertion passes its operands are recorded. Every
recorded execution becomes an ordinary check (origin ``traced``, the original assertion's span), read by the
static frontend's own recognisers: a traced check accepts exactly what the original assertion accepted on
that input. Shapes that only state a property of the result stay skipped (``property``), unless
``pin`` asks for the reference's result to be pinned, which is stricter than the original test.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files

import libcst as cst

from emitters import get_emitter
from ir import Check, Diagnostic, Suite
from ir.suite import infer_suite
from testcompiler.frontend.assertions import Skip
from testcompiler.frontend.constants import dotted_name
from testcompiler.frontend.reader import FrontendError, Reader, read_untyped
from testcompiler.run import sandbox
from testcompiler.run.executor import Expectations, environment, interpreter, run_program, run_sandboxed
from testcompiler.trace.instrument import Plan, Target, hole_name, instrument

# Statically skipped assertions that trace mode may take: the shapes it can record operands of.
TRACEABLE = frozenset({"loop", "conditional", "nested-def", "not-constant", "two-calls", "unsupported-shape"})
MAX_CHECKS_PER_ASSERTION = 1000
CHILD_FILES = ("__tc_driver.py", "__tc_recorder.py", "pytest.py")


@dataclass(frozen=True)
class TraceOptions:
    pin: bool = False  # property-shaped assertions pinned to the reference's result (stricter)
    seed: int = 0  # random.seed before the tests run
    timeout: float = 30.0  # seconds for one run of the test module


@dataclass
class _Run:
    """One run's records: per assertion, how often it started and the operands of each pass."""

    begins: Counter[int]
    passes: dict[int, list[dict[str, object]]]
    notes: list[str]  # tests that failed or could not run, the reference failing to load
    timed_out: bool = False


def has_body(source: str, entry: str) -> bool:
    """Whether ``source`` defines ``entry`` with more than a docstring, ``pass`` or ``...``."""
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError:
        return False
    for stmt in module.body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == entry:
            body = stmt.body.body if isinstance(stmt.body, cst.IndentedBlock) else ()
            for line in body:
                if not isinstance(line, cst.SimpleStatementLine):
                    return True
                for small in line.body:
                    if isinstance(small, cst.Pass):
                        continue
                    if isinstance(small, cst.Expr) and isinstance(
                        small.value, cst.SimpleString | cst.ConcatenatedString | cst.Ellipsis
                    ):
                        continue
                    return True
            return False
    return False


def trace_suite(
    source: str,
    filename: str = "<input>",
    entry: str | None = None,
    *,
    reference: str | None = None,
    doctests: bool = True,
    name: str | None = None,
    options: TraceOptions = TraceOptions(),
) -> Suite:
    """The suite ``read_suite`` gives, with its statically skipped assertions traced where they can be.

    ``reference``: Python source defining the function; by default the function in ``source`` itself.
    """
    suite = read_untyped(source, filename, entry, doctests=doctests, name=name)
    entry = suite.signature.name
    skipped = {d.span: d.code for d in suite.diagnostics if d.skipped and d.span and d.code in TRACEABLE}
    if not skipped:
        return infer_suite(suite)
    if reference is None and not has_body(source, entry):
        note = Diagnostic(
            "trace",
            f"trace: no Python implementation of {entry}() to run the tests with "
            "(define it in the file or pass --reference FILE); skipped assertions stay skipped",
            skipped=False,
        )
        return infer_suite(dataclasses.replace(suite, diagnostics=(*suite.diagnostics, note)))
    if reference is not None and any(d.code == "no-signature" for d in suite.diagnostics):
        suite = _signature_from(reference, suite)
    tree = cst.parse_module(source)
    modules = reference_modules(tree, entry) if reference is not None else []
    plan = instrument(
        tree,
        entry,
        suite.signature,
        skipped,
        pin=options.pin,
        drop_entry=reference is not None,
    )
    runnable = [t for t in plan.targets if t.skip is None]
    # twice, with different hash seeds: a result that depends on the run is caught, not compiled
    runs = [_run(plan, entry, filename, reference, modules, options, h) for h in (0, 1)] if runnable else []
    checks, diagnostics = _assemble(plan, runs, options)
    if checks:
        implementation = reference if reference is not None else _function_source(tree, suite, entry)
        checks, diagnostics = _alone(suite, checks, diagnostics, implementation, options)
    traced_spans = {t.span for t in plan.targets}
    kept = tuple(d for d in suite.diagnostics if not (d.skipped and d.span in traced_spans))
    summary = _summary(plan, checks, options)
    ordered = sorted((*suite.checks, *checks), key=lambda c: (c.span.line, c.span.col))
    return infer_suite(
        dataclasses.replace(
            suite,
            checks=tuple(ordered),
            diagnostics=tuple(
                sorted(
                    (*kept, *diagnostics, *summary),
                    key=lambda d: (d.span.line, d.span.col) if d.span else (0, 0),
                )
            ),
        )
    )


def _signature_from(reference: str, suite: Suite) -> Suite:
    """The function's signature from the reference, for tests that import the function from elsewhere."""
    try:
        signature = Reader(reference, "reference").signature(suite.signature.name)
    except FrontendError:
        return suite
    if signature is None:
        return suite
    kept = tuple(d for d in suite.diagnostics if d.code != "no-signature")
    return dataclasses.replace(suite, signature=signature, diagnostics=kept)


def reference_modules(module: cst.Module, entry: str) -> list[str]:
    """The modules the tests import the function from (``from impl import f``, ``import impl``): in the
    sandbox each is the reference, so that the import finds it."""
    found: list[str] = []

    class Imports(cst.CSTVisitor):
        def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
            if node.module is None or node.relative:
                return
            names = node.names
            if isinstance(names, cst.ImportStar) or any(
                isinstance(a.name, cst.Name) and a.name.value == entry for a in names
            ):
                dotted = dotted_name(node.module)
                if dotted and all(part.isidentifier() for part in dotted.split(".")):
                    found.append(dotted)

        def visit_Import(self, node: cst.Import) -> None:
            for alias in node.names:
                dotted = dotted_name(alias.name)
                if dotted and alias.asname is None and f"{dotted}.{entry}" in called:
                    found.append(dotted)

        def visit_Call(self, node: cst.Call) -> None:
            called.add(dotted_name(node.func) or "")

    called: set[str] = set()
    module.visit(Imports())  # calls first: an import precedes the calls it serves
    found.clear()
    module.visit(Imports())
    return list(dict.fromkeys(found))


def _child_file(name: str) -> str:
    return files("testcompiler.trace").joinpath("child", name).read_text(encoding="utf-8")


def _run(
    plan: Plan,
    entry: str,
    filename: str,
    reference: str | None,
    modules: list[str],
    options: TraceOptions,
    hashseed: int,
) -> _Run:
    emitter = get_emitter("py")
    interp = interpreter(emitter)
    config = {
        "entry": entry,
        "seed": options.seed,
        "reference": reference is not None,
        "filename": filename,
        "call_check": "check" in plan.source and not _calls_check(plan.source),
    }
    with sandbox.slot() as run_slot:
        directory = run_slot.directory
        written = {name: _child_file(name) for name in CHILD_FILES}
        written |= {"suite.py": plan.source, "trace_config.json": json.dumps(config)}
        if reference is not None:
            written["reference.py"] = reference
            for dotted in modules:
                parts = dotted.split(".")
                for i in range(1, len(parts)):
                    written.setdefault("/".join(parts[:i]) + "/__init__.py", "")
                written.setdefault("/".join(parts) + ".py", reference)  # never over our own files
        for name, text in written.items():
            path = directory / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.parent.chmod(0o755)
            path.write_text(text, encoding="utf-8")
            path.chmod(0o644)
        env = environment(run_slot, None) | {"PYTHONHASHSEED": str(hashseed)}
        ran = run_sandboxed(
            [interp, "-s", "__tc_driver.py"],
            run_slot,
            env,
            options.timeout,
            emitter.runtime.limit_address_space,
            sandbox.checkout_paths(emitter.runtime.reads),
        )
        trace = directory / "trace.jsonl"
        lines = trace.read_text(encoding="utf-8", errors="replace").splitlines() if trace.exists() else []
    run = _Run(Counter(), {}, [], ran.timed_out)
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            break  # cut off at the file size limit
        if "begin" in record:
            run.begins[record["begin"]] += 1
        elif "end" in record:
            run.passes.setdefault(record["end"], []).append(record["values"])
        elif "error" in record:
            run.notes.append(str(record["error"]))
        elif "failed" in record or "unrun" in record:
            which = record.get("failed") or record.get("unrun")
            run.notes.append(f"{which}: {record.get('reason', '')}")
    if ran.timed_out:
        run.notes.append(f"the tests ran past {options.timeout:g} s")
    elif not lines and ran.exit_code:
        run.notes.append(
            "the test module did not run: " + (ran.stderr.strip().splitlines() or ["?"])[-1][:300]
        )
    return run


def _calls_check(source: str) -> bool:
    module = cst.parse_module(source)
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if (
                    isinstance(small, cst.Expr)
                    and isinstance(small.value, cst.Call)
                    and isinstance(small.value.func, cst.Name)
                    and small.value.func.value == "check"
                ):
                    return True
    return False


class _Opaque:
    """A recorded value with no IR form (an object, a function): reading it as a constant fails."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __repr__(self) -> str:
        return f"<{self.what}>"


def decode(data: object) -> object:
    assert isinstance(data, dict) and len(data) == 1
    ((tag, value),) = data.items()
    match tag:
        case "n":
            return None
        case "b":
            return bool(value)
        case "i":
            return int(str(value))
        case "f":
            return float(str(value))
        case "s":
            return str(value)
        case "l":
            return [decode(v) for v in value]
        case "t":
            return tuple(decode(v) for v in value)
        case "set":
            items = [decode(v) for v in value]
            try:
                return set(items)
            except TypeError:
                return _Opaque("set of unhashable values")
        case "dict":
            try:
                return {decode(k): decode(v) for k, v in value}
            except TypeError:
                return _Opaque("dict with unhashable keys")
    return _Opaque(str(value))


def _function_source(tree: cst.Module, suite: Suite, entry: str) -> str:
    """The function as defined in the test file, with what it needs above it (imports, helpers)."""
    function = next(s for s in tree.body if isinstance(s, cst.FunctionDef) and s.name.value == entry)
    return suite.preamble + "\n\n\n" + tree.code_for_node(function)


def _alone(
    suite: Suite,
    checks: list[Check],
    diagnostics: list[Diagnostic],
    implementation: str,
    options: TraceOptions,
) -> tuple[list[Check], list[Diagnostic]]:
    """Each traced check run on its own against the reference, in a fresh process, as any candidate will
    be: one it fails held only in the state the test had built (a module global the test changed, say),
    which the check does not carry, so its assertion is skipped rather than compiled into a wrong check."""
    py = get_emitter("py")
    compiled = py.compile(infer_suite(dataclasses.replace(suite, checks=tuple(checks), diagnostics=())))
    if len(compiled.checks) != len(checks):  # the Python emitter skipped one: no verdict to match up
        return checks, diagnostics
    program = implementation.rstrip("\n") + "\n" + compiled.observer  # observed: judged here, not by itself
    outcome = run_program(program, py, Expectations(compiled.checks, compiled.tolerance), options.timeout)
    verdicts = {r.index: r.status for r in outcome.checks}
    failing = {c.span for i, c in enumerate(compiled.checks, 1) if verdicts.get(i) != "pass"}
    if not failing:
        return checks, diagnostics
    for span in sorted(failing, key=lambda s: (s.line, s.col)):
        message = "trace: the reference fails the recorded check on its own: it held only in the state the "
        message += f"test had set up ({outcome.status.value})"
        diagnostics.append(Diagnostic("depends-on-state", message, span))
    return [c for c in checks if c.span not in failing], diagnostics


def _multiset(passes: list[dict[str, object]]) -> Counter[str]:
    """A run's recorded operands, in any order: a loop over a set may visit it in another order."""
    return Counter(json.dumps(p, sort_keys=True) for p in passes)


def _assemble(plan: Plan, runs: list[_Run], options: TraceOptions) -> tuple[list[Check], list[Diagnostic]]:
    checks: list[Check] = []
    diagnostics: list[Diagnostic] = []

    def skip(target: Target, code: str, message: str) -> None:
        diagnostics.append(Diagnostic(code, f"trace: {message}", target.span))

    for target in plan.targets:
        if target.skip is not None:
            skip(target, target.skip[0], target.skip[1])
            continue
        first = runs[0]
        passes = first.passes.get(target.aid, [])
        begins = first.begins[target.aid]
        if any(_multiset(r.passes.get(target.aid, [])) != _multiset(passes) or r.begins[target.aid] != begins
               for r in runs[1:]):  # fmt: skip
            skip(
                target, "nondeterministic", "its operands differ between two runs (random, time, hash order)"
            )
            continue
        if begins == 0:
            notes = [n for n in first.notes if n.startswith(("<module>", target.region))] or first.notes
            why = "; ".join(dict.fromkeys(notes)) or "not reached"
            skip(target, "not-reached", f"never ran with the reference ({why})"[:400])
            continue
        if begins != len(passes):
            skip(
                target,
                "fails-with-reference",
                f"fails {begins - len(passes)} of {begins} times with the reference",
            )
            continue
        made: list[Check] = []
        seen: set[Check] = set()
        problem = None
        for values in passes:
            env: dict[str, object] = {}
            missing = [h for h in target.holes if str(h) not in values]
            if missing:
                problem = ("not-reached", "an operand was not evaluated")
                break
            for h in target.holes:
                env[hole_name(h)] = decode(values[str(h)])
            try:
                parts = target.parse(env)
            except Skip as exc:
                problem = (exc.code if exc.code != "not-constant" else "not-a-value", exc.reason)
                break
            check = Check(
                parts.call,
                parts.relation,
                target.span,
                target.text,
                parts.expected,
                parts.tolerance,
                parts.exception,
                "traced",
            )
            if check not in seen:
                seen.add(check)
                made.append(check)
        if problem is not None:
            skip(target, problem[0], problem[1])
            continue
        if len(made) > MAX_CHECKS_PER_ASSERTION:
            diagnostics.append(
                Diagnostic(
                    "trace",
                    f"trace: kept the first {MAX_CHECKS_PER_ASSERTION} of {len(made)} distinct checks",
                    target.span,
                    skipped=False,
                )
            )
            made = made[:MAX_CHECKS_PER_ASSERTION]
        checks += made
    return checks, diagnostics


def _summary(plan: Plan, checks: list[Check], options: TraceOptions) -> list[Diagnostic]:
    traced = len({c.span for c in checks})
    if not plan.targets:
        return []
    pinned = sum(1 for t in plan.targets if t.pinned and any(c.span == t.span for c in checks))
    text = (
        f"trace: {traced} of {len(plan.targets)} skipped assertions traced into {len(checks)} checks "
        f"(random seed {options.seed}"
        + (f"; {pinned} pinned to the reference's result, stricter than the test" if pinned else "")
        + ")"
    )
    return [Diagnostic("trace", text, skipped=False)]


__all__ = ["TraceOptions", "has_body", "trace_suite"]
