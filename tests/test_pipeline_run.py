"""The whole pipeline through the driver, against a real OpenAI-compatible server on loopback that answers
from a table of hand-written tests and translations; every verdict comes from the real interpreters."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_support.scripted import CORPUS, answer
from pipeline_support.server import serve

from emitters import get_emitter, multipl_t_languages
from pipeline.config import parse_config
from pipeline.driver import Pipeline
from testcompiler.run.executor import InterpreterMissing, interpreter

LANGUAGES = list(multipl_t_languages())  # the pipeline's defaults; each scripts its translations


def installed(language: str) -> bool:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing:
        return False
    return True


def config_for(tmp: Path, url: str, **translate: object) -> object:
    (tmp / "corpus").mkdir(exist_ok=True)
    (tmp / "corpus" / "numbers.py").write_text(CORPUS)
    data = {
        "source": {"paths": ["corpus"]},
        "model": {"backend": "openai", "name": "scripted", "base_url": url, "batch_size": 3},
        "filter": {"typecheck": True},
        "gentests": {"samples": 2, "rounds": 1, "coverage": 0.9},
        "translate": {"languages": LANGUAGES, "samples": 4} | translate,
    }
    return parse_config(data, tmp)


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("pipeline")
    with serve(answer) as server:
        config = config_for(tmp, server.url)
        funnel = Pipeline(config, tmp / "work").run()  # type: ignore[arg-type]
        requests_first = len(server.requests)
        again = Pipeline(config, tmp / "work").run()  # type: ignore[arg-type]
        yield tmp / "work", funnel, again, requests_first, len(server.requests)


def stage(funnel: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in funnel["stages"] if s["stage"] == name)


def test_every_stage_runs_and_the_funnel_adds_up(finished) -> None:  # type: ignore[no-untyped-def]
    workdir, funnel, _, _, _ = finished
    assert [s["stage"] for s in funnel["stages"]] == [
        "collect", "filter", "gentests", "typeinfer", "translate", "verify", "dedup", "export"
    ]  # fmt: skip
    assert json.loads((workdir / "funnel.json").read_text()) == finished[2]  # the last run wrote it
    for s in funnel["stages"]:
        for lang, f in s["by_language"].items():
            if s["stage"] != "translate":  # translate turns each function into K candidates
                assert f["in"] == f["out"] + sum(f["dropped"].values()), (s["stage"], lang)
    assert stage(funnel, "gentests")["by_language"]["py"]["out"] == 2
    notes = stage(funnel, "gentests")["notes"]
    assert notes["asserts_not_compilable"] == {"not-constant": 1}
    assert notes["doctest_seeds_passed"] == 1
    verify = stage(funnel, "verify")["by_language"]
    for lang in LANGUAGES:
        if not installed(lang):
            assert verify[lang]["dropped"] == {"interpreter-missing": 8}, lang
            continue
        # clamp: right, right respaced, wrong, right another way; digit_sum: right four times
        assert verify[lang] == {"in": 8, "out": 7, "dropped": {"AssertionError": 1}}, lang
        assert stage(funnel, "dedup")["by_language"][lang]["out"] == 3, lang


def test_tests_kept_are_exactly_the_passing_ones(finished) -> None:  # type: ignore[no-untyped-def]
    workdir = finished[0]
    records = {r["name"]: r for r in map(json.loads, (workdir / "stages/3-gentests/kept.jsonl").open())}
    assert records["clamp"]["tests"] == [
        "assert clamp(15, 0, 10) == 10",
        "assert clamp(5, 0, 10) == 5",
        "assert clamp(-3, 0, 10) == 0",
    ]
    assert records["clamp"]["coverage"] == 1.0
    assert "assert digit_sum(7) == 8" not in records["digit_sum"]["tests"]
    typed = {r["name"]: r for r in map(json.loads, (workdir / "stages/4-typeinfer/kept.jsonl").open())}
    assert "def clamp(value: int, low: int, high: int) -> int:" in typed["clamp"]["typed_code"]


def test_exported_items_pass_when_run_again_with_the_cli(finished, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datasets import load_from_disk

    workdir = finished[0]
    dataset = load_from_disk(str(workdir / "export" / "dataset"))
    lines = [json.loads(x) for x in (workdir / "export" / "train.jsonl").open()]
    assert len(dataset) == len(lines) >= 12
    assert set(dataset.column_names) >= {"content", "language", "source", "tests", "pass_rate", "suite"}
    for i, item in enumerate(dataset):
        suite = tmp_path / f"suite{i}.py"
        solution = tmp_path / f"solution{i}.{item['language']}"
        suite.write_text(item["suite"])
        solution.write_text(item["content"])
        done = subprocess.run(
            [sys.executable, "-m", "testcompiler", "run", str(suite), "--lang", item["language"],
             "--solution", str(solution), "--no-doctests", "--entry", item["name"]],
            capture_output=True, text=True,
        )  # fmt: skip
        assert done.returncode == 0, (item["language"], item["content"], done.stdout, done.stderr)
        assert done.stdout.splitlines()[-1].startswith("OK:")


def test_a_second_run_does_no_finished_work(finished) -> None:  # type: ignore[no-untyped-def]
    _, first, again, requests_first, requests_after = finished
    assert requests_after == requests_first  # not one prompt sent again
    assert all(s["reused"] for s in again["stages"])
    assert again["llm"]["prompts_generated_this_run"] == 0
    assert [s["by_language"] for s in again["stages"]] == [s["by_language"] for s in first["stages"]]


def test_a_changed_setting_redoes_only_the_stages_it_touches(finished, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workdir = finished[0]
    copy = tmp_path / "work"
    shutil.copytree(workdir, copy)
    with serve(answer) as server:
        config = config_for(copy.parent, server.url)
        config = dataclasses.replace(config, dedup=dataclasses.replace(config.dedup, rouge_l=0.99))  # type: ignore[type-var]
        funnel = Pipeline(config, copy).run()  # type: ignore[arg-type]
        assert server.requests == []
    reused = {s["stage"]: s["reused"] for s in funnel["stages"]}
    assert reused == {"collect": True, "filter": True, "gentests": True, "typeinfer": True, "translate": True,
                      "verify": True, "dedup": False, "export": False}  # fmt: skip


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "testcompiler", *args], capture_output=True, text=True)


def test_each_stage_is_a_command_from_jsonl_to_jsonl(tmp_path: Path) -> None:
    examples = Path(__file__).parent.parent / "examples"
    done = cli("pipeline", "collect", str(examples / "corpus"), "-o", str(tmp_path / "functions.jsonl"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["by_language"]["py"]["out"] == 17
    config = tmp_path / "c.toml"
    config.write_text("[filter]\ntypecheck = false\n")
    done = cli("pipeline", "filter", str(tmp_path / "functions.jsonl"), "-o", str(tmp_path / "kept.jsonl"),
               "--config", str(config))  # fmt: skip
    assert done.returncode == 0, done.stderr
    kept = [json.loads(x) for x in (tmp_path / "kept.jsonl").open()]
    dropped = [json.loads(x) for x in (tmp_path / "kept.dropped.jsonl").open()]
    assert len(kept) + len(dropped) == 17
    assert {d["reason"] for d in dropped} == {"non-ascii", "todo", "trivial-body", "contaminated-exact"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[gentests]\nsampels = 3\n", "unknown key 'sampels'"),
        ("[translate]\nsamples = 'many'\n", "expected int"),
        ("[model]\nbackend = 'gpt'\n", "backend must be hf, openai or vllm"),
        ("[nope]\n", "unknown table [nope]"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_a_bad_config_is_one_line_and_exit_2(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    done = cli("pipeline", "run", str(config), "--workdir", str(tmp_path / "w"))
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_missing_source_is_one_line_and_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[source]\npaths = ["nowhere"]\n')
    done = cli("pipeline", "run", str(config), "--workdir", str(tmp_path / "w"))
    assert done.returncode == 2 and "nowhere: no such file or directory" in done.stderr, done.stderr
