"""The command line, run as a user runs it: a real process, real files, real interpreters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import CORPUS

from emitters import get_emitter

SUITE = CORPUS / "running_sum" / "suite.py"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "testcompiler", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def test_compile_text_to_stdout() -> None:
    result = cli("compile", SUITE, "--lang", "lua")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("-- ")
    assert "local function running_sum(numbers)" in result.stdout
    assert "1 suite(s), 10 checks compiled, 0 skipped" in result.stderr


def test_compile_jsonl_uses_multipl_e_record_schema(tmp_path: Path) -> None:
    result = cli(
        "compile",
        SUITE,
        CORPUS / "unsupported_shapes" / "suite.py",
        "--lang",
        "lua",
        "--format",
        "jsonl",
        "--out",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (tmp_path / "lua.jsonl").read_text().splitlines()]
    assert [r["name"] for r in records] == ["suite", "suite"] or len(records) == 2
    first, second = records
    assert {"name", "language", "prompt", "tests", "stop_tokens", "entry_point", "checks", "skipped"} <= set(
        first
    )
    assert first["language"] == "lua" and first["entry_point"] == "running_sum" and first["checks"] == 10
    assert [(s["line"], s["code"]) for s in second["skipped"]] == [
        (13, "loop"),
        (14, "two-calls"),
        (15, "not-constant"),
    ]
    assert "unsupported_shapes/suite.py:13:" in result.stderr


def test_strict_turns_skips_into_failure() -> None:
    result = cli("compile", CORPUS / "unsupported_shapes" / "suite.py", "--lang", "py", "--strict")
    assert result.returncode == 1
    assert "--strict" in result.stderr


def test_ir_prints_json() -> None:
    result = cli("ir", SUITE)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["kind"] == "Suite" and data["signature"]["name"] == "running_sum"


def test_langs_lists_every_language() -> None:
    result = cli("langs")
    assert result.returncode == 0
    assert "py" in result.stdout and "lua" in result.stdout


@pytest.mark.parametrize("language", ["py", "lua"])
def test_run_with_a_solution_and_with_the_stub(language: str) -> None:
    emitter = get_emitter(language)
    good = cli("run", SUITE, "--lang", language, "--solution", emitter.solution("running_sum"), "--json")
    assert good.returncode == 0, good.stdout + good.stderr
    verdict = json.loads(good.stdout)
    assert verdict["status"] == "OK" and {c["status"] for c in verdict["checks"]} == {"pass"}

    bad = cli("run", SUITE, "--lang", language, "--solution", emitter.solution("running_sum", "mutant_1"))
    assert bad.returncode == 1
    assert bad.stdout.splitlines()[-1].startswith("AssertionError: 7/10 checks passed")

    stub = cli("run", SUITE, "--lang", language, "--stub", "--json")
    assert stub.returncode == 1
    assert json.loads(stub.stdout)["status"] in ("AssertionError", "Exception")


def test_a_solution_that_does_not_parse_is_a_syntax_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.lua"
    broken.write_text("local function running_sum(xs)\n  return {\nend\n")
    result = cli("run", SUITE, "--lang", "lua", "--solution", broken, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["status"] == "SyntaxError"


def test_an_endless_solution_times_out(tmp_path: Path) -> None:
    endless = tmp_path / "endless.py"
    endless.write_text("def running_sum(xs):\n    while True:\n        pass\n")
    result = cli("run", SUITE, "--lang", "py", "--solution", endless, "--json", "--timeout", "1")
    assert json.loads(result.stdout)["status"] == "Timeout"


@pytest.mark.parametrize(
    "args, message",
    [
        (["compile", "missing.py", "--lang", "lua"], "missing.py: cannot read"),
        (["compile", SUITE, "--lang", "cobol"], "error: unknown language 'cobol'"),
        (["run", SUITE, "--lang", "lua", "--solution", "nope.lua"], "nope.lua: cannot read"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str | Path], message: str) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "source, message",
    [
        ("def f(:\n    pass\n", "bad.py:1:7: syntax error: invalid syntax"),
        ("def f(x):\n    return x\n", "bad.py: no tests found for f()"),
    ],
)
def test_unreadable_python_is_one_line_with_position(tmp_path: Path, source: str, message: str) -> None:
    path = tmp_path / "bad.py"
    path.write_text(source)
    result = cli("compile", path, "--lang", "py")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(message.split("bad.py", 1)[1])
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_suite_float_tolerance_can_be_overridden(tmp_path: Path) -> None:
    suite = tmp_path / "third.py"
    suite.write_text("def third(x):\n    ...\n\nassert third(1.0) == 0.3333\n")
    solution = tmp_path / "third.lua"
    solution.write_text("local function third(x)\n  return x / 3\nend\n")
    strict = cli("run", suite, "--lang", "lua", "--solution", solution)
    assert strict.returncode == 1 and "got 0.333333333333333" in strict.stdout
    loose = cli("run", suite, "--lang", "lua", "--solution", solution, "--abs-tol", "1e-3")
    assert loose.returncode == 0, loose.stdout
    assert "abs=0.001" in cli("compile", suite, "--lang", "lua", "--abs-tol", "1e-3").stdout


def test_demo_compiles_and_runs_every_sample_in_every_installed_language() -> None:
    result = cli("demo")
    assert result.returncode == 0, result.stdout + result.stderr
    for language in ("Python", "Lua", "Racket", "OCaml", "R"):
        assert language in result.stdout
    assert "AssertionError" not in result.stdout and "SyntaxError" not in result.stdout


@pytest.mark.parametrize("timeout", ["nan", "-5", "0", "inf"])
def test_run_refuses_a_timeout_that_is_no_limit(timeout: str) -> None:
    result = cli("run", SUITE, "--lang", "py", "--stub", "--timeout", timeout)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"argument --timeout: '{timeout}' is not a positive number of seconds" in result.stderr


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("")
    written = [
        cli("compile", SUITE, "--lang", "py", "--format", "jsonl", "--out", a_file),
        cli("humaneval", "--lang", "py", "-o", tmp_path, "--limit", "1"),
    ]
    for result in written:
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines()[-1].startswith("error: ")
