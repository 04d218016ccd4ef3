"""Tests from types (pipeline/typegen.py): hypothesis draws the inputs, the function itself gives the
outputs, the real sandbox and coverage.py decide what is kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_support.scripted import CORPUS, answer
from pipeline_support.server import serve

from ir import fits, from_python, parse_type
from pipeline.checking import check_asserts
from pipeline.config import ConfigError, parse_config
from pipeline.driver import Pipeline, method_lines
from pipeline.typegen import draw, param_types, select, type_tests

SIGN = '''def sign(x: int) -> str:
    """Which side of zero x is on."""
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return "zero"
'''

ROOT = '''def root(x: int) -> int:
    """The integer square root; refuses negative numbers."""
    if x < 0:
        raise ValueError("negative")
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
'''

UNTYPED = '''def ident(x):
    """Return x unchanged."""
    return x
'''


@pytest.mark.parametrize(
    "text",
    ["int", "float", "str", "bool", "None", "list[int]", "tuple[int, str]", "tuple[float, ...]", "set[str]",
     "dict[str, list[int]]", "int | None", "int | str", "list[dict[int, bool] | None]"],
)  # fmt: skip
def test_every_drawn_value_has_the_type_it_was_drawn_from(text: str) -> None:
    t = parse_type(text)
    drawn = draw([t], 40)
    assert len(drawn) > 1 if text not in ("None",) else drawn
    for (value,) in drawn:
        assert fits(from_python(value), t), (text, value)
        if isinstance(value, int) and not isinstance(value, bool):
            assert -1000 <= value <= 1000
    assert draw([t], 40) == drawn  # derandomized: the same inputs on every run


def test_draws_do_not_depend_on_what_the_process_has_loaded() -> None:
    """hypothesis mixes in constants from the source of loaded modules; a bare process loads few of ours."""
    types = "[parse_type('tuple[int, str, float]'), parse_type('list[int]')]"
    code = "import json; from ir import parse_type; from pipeline.typegen import draw\n"
    code += f"print(json.dumps(draw({types}, 60)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    here = draw([parse_type("tuple[int, str, float]"), parse_type("list[int]")], 60)
    assert json.loads(done.stdout) == json.loads(json.dumps(here))


def test_parameter_types_come_from_annotations_then_docstring_examples() -> None:
    assert [str(t) for t in param_types(SIGN, "sign")[0]] == ["int"]
    clamp = CORPUS.split("\n\n\ndef digit_sum")[0]
    assert [str(t) for t in param_types(clamp, "clamp")[0]] == ["int", "int", "int"]
    assert param_types(UNTYPED, "ident") == ([], "no type for parameter 'x'")
    defaulted = "def f(a: int, b=2):\n    return a + b\n"
    assert [str(t) for t in param_types(defaulted, "f")[0]] == ["int"]  # b keeps its default


def test_an_int_sign_function_gets_both_branches_and_its_tests_pass() -> None:
    (found,) = type_tests([(SIGN, "sign")], examples=50)
    assert found.reason == "" and found.drawn == 50 and not found.dropped
    assert found.coverage == 1.0
    results = {test.rsplit("== ", 1)[1] for test in found.tests}
    assert results == {"'positive'", "'negative'", "'zero'"}
    assert len(found.tests) == 3  # nothing else adds a line or a new result
    (checked,) = check_asserts([(SIGN, "sign", found.tests)], timeout=10.0)
    assert checked.passed == found.tests


def test_raising_inputs_are_dropped_and_counted() -> None:
    (found,) = type_tests([(ROOT, "root")], examples=60, max_tests=4)
    assert found.dropped["raised ValueError"] > 0
    assert found.passing + sum(found.dropped.values()) == found.drawn
    assert all("root(-" not in test for test in found.tests)
    assert len(found.tests) <= 4 and found.coverage < 1.0  # the raise line is never covered by a test


def test_a_function_without_types_gets_a_reason_not_tests() -> None:
    (found,) = type_tests([(UNTYPED, "ident")])
    assert found.tests == [] and found.reason == "no type for parameter 'x'"


def test_greedy_selection_takes_new_lines_first_then_variety() -> None:
    lines = [{1, 2}, {1, 2, 3}, {1, 4}, {1, 2, 3}, {1, 4}]
    results = ["a", "b", "c", "d", "c"]
    assert select(lines, results, 10) == [1, 2, 0, 3]
    assert select(lines, results, 1) == [1]


def test_a_slow_call_times_out_and_is_dropped() -> None:
    code = "def spin(n: int) -> int:\n    while n < 0:\n        pass\n    return n\n"
    (found,) = type_tests([(code, "spin")], examples=8, timeout=10.0)
    assert found.dropped["timeout"] >= 1
    assert found.tests and all("spin(-" not in t for t in found.tests)


def gentests_cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "testcompiler", "gentests", *args]
    return subprocess.run(command, capture_output=True, text=True)


def test_the_cli_prints_asserts_and_a_summary(tmp_path: Path) -> None:
    source = tmp_path / "sign.py"
    source.write_text("import math\n\n\n" + SIGN + "\n\nprint(sign(3))\n")
    done = gentests_cli(str(source), "--examples", "30")
    assert done.returncode == 0, done.stderr
    asserts = done.stdout.splitlines()
    assert len(asserts) == 3 and all(a.startswith("assert sign(") for a in asserts)
    assert "30 inputs drawn" in done.stderr and "3 kept, coverage 100%" in done.stderr
    done = gentests_cli(str(source), "--json", "--max-tests", "2", "--entry", "sign")
    report = json.loads(done.stdout)
    assert report["name"] == "sign" and len(report["tests"]) == 2 and report["drawn"] == 100


def test_the_cli_says_what_is_wrong_in_one_line_and_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def f(x: int)\n    return x\n")
    untyped = tmp_path / "untyped.py"
    untyped.write_text(UNTYPED)
    empty = tmp_path / "empty.py"
    empty.write_text("X = 1\n")
    cases = {
        str(tmp_path / "missing.py"): "cannot read",
        str(broken): "broken.py:1:",
        str(untyped): "no type for parameter 'x'",
        str(empty): "no function to test",
    }
    for path, message in cases.items():
        done = gentests_cli(path)
        assert done.returncode == 2 and done.stdout == "", path
        assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr, done.stderr
    done = gentests_cli(str(untyped), "--entry", "nope")
    assert done.returncode == 2 and "no function 'nope'" in done.stderr
    done = gentests_cli(str(untyped), "--examples", "0")
    assert done.returncode == 2 and "at least 1" in done.stderr


def test_the_method_is_checked_like_every_other_setting(tmp_path: Path) -> None:
    assert parse_config({"gentests": {"method": "both"}}, tmp_path).gentests.method == "both"
    assert parse_config({}, tmp_path).gentests.method == "llm"  # the default: MultiPL-T's method
    with pytest.raises(ConfigError, match="method must be llm, types or both"):
        parse_config({"gentests": {"method": "fuzz"}}, tmp_path)
    with pytest.raises(ConfigError, match="at least 1"):
        parse_config({"gentests": {"examples": 0}}, tmp_path)


def run_pipeline(tmp_path: Path, method: str) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    """The tiny scripted corpus through every stage; the funnel and every prompt the model was sent."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "numbers.py").write_text(CORPUS)
    with serve(answer) as server:
        data = {
            "source": {"paths": ["corpus"]},
            "model": {"backend": "openai", "name": "scripted", "base_url": server.url},
            "filter": {"typecheck": False},
            "gentests": {"method": method, "examples": 50, "samples": 2, "rounds": 0},
            "translate": {"languages": ["lua"], "samples": 1},
        }
        funnel = Pipeline(parse_config(data, tmp_path), tmp_path / "work").run()  # type: ignore[arg-type]
        return funnel, [json.dumps(r) for r in server.requests]


def test_the_pipeline_with_types_asks_the_model_nothing_for_tests(tmp_path: Path) -> None:
    funnel, prompts = run_pipeline(tmp_path, "types")
    assert not any("# Unit tests for" in p for p in prompts)  # only translate asked
    gentests = next(s for s in funnel["stages"] if s["stage"] == "gentests")
    # clamp is typed by its docstring example; digit_sum has neither annotations nor examples
    assert gentests["by_language"]["py"] == {"in": 2, "out": 1, "dropped": {"no-types": 1}}
    types = gentests["notes"]["by_method"]["types"]
    assert types["functions_with_tests"] == 1 and types["functions_kept"] == 1
    assert types["mean_coverage"] == 1.0 and types["inputs_drawn"] == 50
    assert types["no_inputs"] == {"no type for parameter 'n'": 1}
    kept = [json.loads(x) for x in (tmp_path / "work/stages/3-gentests/kept.jsonl").open()]
    assert [r["name"] for r in kept] == ["clamp"] and kept[0]["typegen"]["kept"] == len(kept[0]["tests"])
    typed = (tmp_path / "work/stages/4-typeinfer/kept.jsonl").read_text()
    assert "def clamp(value: int, low: int, high: int) -> int:" in json.loads(typed)["typed_code"]
    (line,) = method_lines(funnel)
    assert line.startswith("gentests (types): 1 functions with tests, 1 kept at the coverage bar")


def test_both_methods_unite_their_tests_and_report_each_yield(tmp_path: Path) -> None:
    funnel, prompts = run_pipeline(tmp_path, "both")
    assert any("# Unit tests for digit_sum" in p for p in prompts)
    gentests = next(s for s in funnel["stages"] if s["stage"] == "gentests")
    assert gentests["by_language"]["py"] == {"in": 2, "out": 2, "dropped": {}}  # digit_sum: the LLM's tests
    by_method = gentests["notes"]["by_method"]
    assert by_method["llm"]["functions_kept"] == 2 and by_method["types"]["functions_kept"] == 1
    kept = {r["name"]: r for r in map(json.loads, (tmp_path / "work/stages/3-gentests/kept.jsonl").open())}
    clamp = kept["clamp"]["tests"]
    assert "assert clamp(5, 0, 10) == 5" in clamp  # from the scripted model
    assert set(clamp) > set(clamp[:3]) and len(clamp) == len(set(clamp))  # and from the types, once each
    assert [line.split(":")[0] for line in method_lines(funnel)] == ["gentests (llm)", "gentests (types)"]
