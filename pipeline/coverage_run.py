"""Line coverage (coverage.py) of a function's own body by its passing tests.

Only the function's statements count: not its header, not its docstring, and not the test lines (counting
the assert lines is how MultiPL-T's script inflated coverage past its 90% bar). The tests run here are the
compiled Python harness of asserts that already passed in the sandbox, and every argument in them is a
constant, so this run happens in a plain subprocess with a time limit: coverage.py lives in our virtual
environment, which the sandbox's users cannot read.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from emitters import source_emitter
from pipeline.checking import suite_source
from testcompiler import compile_suite, program, read_suite

_DRIVER = """
import coverage, json, resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
cov = coverage.Coverage(data_file=None, include=[sys.argv[1]])
cov.start()
try:
    runpy.run_path(sys.argv[1], run_name="__main__")
except BaseException:
    pass
finally:
    cov.stop()
_, statements, _, missing, _ = cov.analysis2(sys.argv[1])
with open(sys.argv[2], "w") as fh:
    json.dump({"statements": statements, "missing": missing}, fh)
"""

# One process for many tests: each test runs in its own coverage context, so the lines come back per test.
_CONTEXTS_DRIVER = """
import coverage, json, resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
with open(sys.argv[2]) as fh:
    tests = json.load(fh)
cov = coverage.Coverage(data_file=None, include=[sys.argv[1]])
cov.start()
try:
    scope = runpy.run_path(sys.argv[1])
    for i, test in enumerate(tests):
        cov.switch_context(str(i))
        try:
            exec(compile(test, "<test>", "exec"), scope)
        except BaseException:
            pass
except BaseException:
    pass
finally:
    cov.stop()
data = cov.get_data()
lines = {}
for measured in data.measured_files():
    for line, contexts in data.contexts_by_lineno(measured).items():
        for context in contexts:
            if context:
                lines.setdefault(context, []).append(line)
with open(sys.argv[3], "w") as fh:
    json.dump(lines, fh)
"""


def body_lines(code: str) -> tuple[int, int]:
    """First and last line of the last top-level function's body, its docstring left out."""
    function = ast.parse(code).body[-1]
    assert isinstance(function, ast.FunctionDef)
    body = (
        function.body[1:]
        if ast.get_docstring(function) is not None and len(function.body) > 1
        else function.body
    )
    return body[0].lineno, function.end_lineno or body[-1].lineno


def line_coverage(code: str, name: str, asserts: list[str], timeout: float) -> float:
    """Share of the function's body statements that its tests execute (0.0 when nothing can run)."""
    if not asserts:
        return 0.0
    suite = read_suite(suite_source(code, asserts), f"{name}.py", name, doctests=False)
    compiled = compile_suite(suite, source_emitter())
    first, last = body_lines(code)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "program.py"
        path.write_text(program(compiled, code), encoding="utf-8")
        out = Path(tmp) / "coverage.json"
        try:
            subprocess.run(
                [sys.executable, "-c", _DRIVER, str(path), str(out)],
                cwd=tmp, capture_output=True, timeout=timeout, start_new_session=True,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return 0.0
        if not out.exists():
            return 0.0
        data = json.loads(out.read_text())
    statements = {n for n in data["statements"] if first <= n <= last}
    if not statements:
        return 0.0
    missing = {n for n in data["missing"] if first <= n <= last}
    return (len(statements) - len(missing)) / len(statements)


def lines_per_test(code: str, asserts: list[str], timeout: float) -> list[set[int]]:
    """The body lines of the function (the last in ``code``) that each assert executes, from one process.

    Choosing a few tests that cover the most needs each test's lines, not just the total. The asserts are
    plain Python with constant arguments that already passed in the sandbox, as for ``line_coverage``.
    A run that fails or times out gives every test no lines.
    """
    if not asserts:
        return []
    first, last = body_lines(code)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "function.py"
        path.write_text(code, encoding="utf-8")
        tests = Path(tmp) / "tests.json"
        tests.write_text(json.dumps(asserts), encoding="utf-8")
        out = Path(tmp) / "lines.json"
        try:
            subprocess.run(
                [sys.executable, "-c", _CONTEXTS_DRIVER, str(path), str(tests), str(out)],
                cwd=tmp, capture_output=True, timeout=timeout, start_new_session=True,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return [set() for _ in asserts]
        data = json.loads(out.read_text()) if out.exists() else {}
    return [{n for n in data.get(str(i), []) if first <= n <= last} for i in range(len(asserts))]
