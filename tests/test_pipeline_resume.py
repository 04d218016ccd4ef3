"""Crash safety, proven on real runs: ``testcompiler pipeline run`` is killed with SIGKILL at several points
(while it waits for the model, half-way through an answer-cache line, during verify, half-way through a
stage's output and through a stage's state file) and run again on the same workdir each time. The last run
must end where an uninterrupted run with the same settings ends, byte for byte, without doing finished work
again: no finished stage rerun, no prompt whose answer was already saved sent again.

Kill points are reached by watching the run, never by sleeping: the loopback model server holds the answer
to a chosen prompt until the run is killed; verify is caught by its interpreter processes appearing; the
writes are cut by the ``TESTCOMPILER_CRASH_AT`` hook of pipeline/records.py (a run kills itself there).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest
from pipeline_support.scripted import CORPUS, TESTS, answer
from pipeline_support.server import CompletionServer, serve
from test_pipeline_run import installed

from pipeline.config import load_config
from pipeline.driver import Pipeline
from pipeline.llm import CachedBackend, Sampling, load_answers
from pipeline.records import CRASH_ENV

LANGUAGES = ["lua", "rkt"]  # two are enough to verify; both start fast
STAGES = [
    "1-collect",
    "2-filter",
    "3-gentests",
    "4-typeinfer",
    "5-translate",
    "6-verify",
    "7-dedup",
    "8-export",
]


class Gate:
    """The scripted model, able to hold one answer: the ``hold``-th prompt of an attempt waits until the
    test has killed the run, which is then stopped while it waits for the model, with the answers before
    it saved and that one not."""

    def __init__(self) -> None:
        self.hold = 0
        self.seen = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def arm(self, hold: int) -> None:
        self.hold, self.seen = hold, 0
        self.reached.clear()
        self.release.clear()

    def __call__(self, prompt: str, n: int) -> list[str]:
        self.seen += 1
        if self.seen == self.hold:
            self.reached.set()
            self.release.wait(60)
        return answer(prompt, n)


@dataclass
class Attempt:
    returncode: int
    stderr: str
    asked: list[dict[str, Any]]  # the requests the server got during this attempt
    saved_before: set[str]  # answer keys in the cache file when the attempt started
    finished_before: set[str]  # stage folders with a meta.json when the attempt started
    after: dict[str, bool] = field(default_factory=dict)  # facts about the workdir once it ended


def write_config(folder: Path, url: str) -> Path:
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "numbers.py").write_text(CORPUS)
    model = f'backend = "openai"\nname = "scripted"\nbase_url = "{url}"\nbatch_size = 1\n'
    text = (
        f'[source]\npaths = ["corpus"]\n[model]\n{model}[filter]\ntypecheck = false\n'
        "[gentests]\nsamples = 2\nrounds = 1\n"
        f"[translate]\nlanguages = {json.dumps(LANGUAGES)}\nsamples = 4\n"
    )
    (folder / "c.toml").write_text(text)
    return folder / "c.toml"


def start(config: Path, workdir: Path, err: IO[str], crash: str = "") -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV} | ({CRASH_ENV: crash} if crash else {})
    command = [
        sys.executable,
        "-m",
        "testcompiler",
        "pipeline",
        "run",
        str(config),
        "--workdir",
        str(workdir),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True, env=env)


def alive() -> dict[int, int]:
    """Process id -> parent id of every process that is not a zombie, from /proc (psutil is no dependency)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, parent = stat.read_text().rsplit(")", 1)[1].split()[:2]
        except OSError:
            continue
        if state != "Z":
            parents[int(stat.parent.name)] = int(parent)
    return parents


def children(pid: int) -> set[int]:
    """Every live process below ``pid``."""
    parents = alive()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def wait_for(run: subprocess.Popen[str], condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert run.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"never saw {what}"
        time.sleep(0.01)


class Runs:
    """Attempts of ``pipeline run`` on one workdir, each against the same loopback model."""

    def __init__(self, server: CompletionServer, gate: Gate, folder: Path) -> None:
        self.server, self.gate, self.folder = server, gate, folder
        self.config = write_config(folder, server.url)
        self.workdir = folder / "work"
        self.cache = self.workdir / "cache" / "llm.jsonl"
        self.attempts: list[Attempt] = []
        self.orphans: list[int] = []  # processes of a killed run still alive after it (reported, then ended)

    def attempt(self, crash: str = "", hold: int = 0, kill_in_verify: bool = False) -> Attempt:
        """One run: killed by the test while the model holds the ``hold``-th prompt, or once verify runs
        its programs; or killed by itself at ``crash`` (the hook); or, with none of these, to its end."""
        asked_before, started = len(self.server.requests), time.monotonic()
        saved, done = saved_keys(self.cache), finished(self.workdir)
        self.gate.arm(hold)
        log = self.folder / f"attempt{len(self.attempts)}.err"
        with log.open("w") as err:
            run = start(self.config, self.workdir, err, crash)
            try:
                if hold:
                    wait_for(run, self.gate.reached.is_set, f"prompt {hold} reach the model")
                    run.kill()
                if kill_in_verify:
                    self._kill_in_verify(run)
                run.wait(timeout=300)
            finally:
                run.kill()
                self.gate.release.set()
        attempt = Attempt(run.returncode, log.read_text(), self.server.requests[asked_before:], saved, done)
        print(f"attempt {len(self.attempts)}: exit {run.returncode}, {time.monotonic() - started:.1f} s")
        self.attempts.append(attempt)
        return attempt

    def _kill_in_verify(self, run: subprocess.Popen[str]) -> None:
        translated = self.workdir / "stages" / "5-translate" / "meta.json"
        any_interpreter = any(installed(lang) for lang in LANGUAGES)
        wait_for(
            run,
            lambda: translated.exists() and (not any_interpreter or bool(children(run.pid))),
            "verify start its programs",
        )
        below = children(run.pid)
        run.kill()
        run.wait()
        deadline = time.monotonic() + 5  # a worker may take a moment to see its parent gone
        while (left := below & set(alive())) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in left:  # what the executor left running when its parent died: ended here, by id
            self.orphans.append(pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def saved_keys(cache: Path) -> set[str]:
    """The keys of the answers a run would find in the cache (whole lines only)."""
    if not cache.exists():
        return set()
    keys = set()
    for line in cache.read_text().splitlines(keepends=True):
        with contextlib.suppress(ValueError):  # a torn line, or one glued onto it: not an answer
            keys.add(json.loads(line)["key"])
    return keys


def finished(workdir: Path) -> set[str]:
    return {s for s in STAGES if (workdir / "stages" / s / "meta.json").exists()}


def gentests_prompt(body: dict[str, Any]) -> bool:
    return any(body["prompt"][0].endswith(f"assert {name}(") for name in TESTS)


@pytest.fixture(scope="module")
def model() -> Iterator[tuple[CompletionServer, Gate]]:
    gate = Gate()
    with serve(gate) as server:
        yield server, gate


@pytest.fixture(scope="module")
def straight(model: tuple[CompletionServer, Gate], tmp_path_factory: pytest.TempPathFactory) -> Runs:
    """The run without a kill, in this process (the killed runs' last attempt has exercised the command)."""
    runs = Runs(*model, tmp_path_factory.mktemp("straight"))
    runs.gate.arm(0)
    asked = len(runs.server.requests)
    Pipeline(load_config(runs.config), runs.workdir).run()
    runs.attempts.append(Attempt(0, "", runs.server.requests[asked:], set(), set()))
    return runs


@pytest.fixture(scope="module")
def killed(
    model: tuple[CompletionServer, Gate], straight: Runs, tmp_path_factory: pytest.TempPathFactory
) -> Runs:
    """The same run, killed five times on the way and run again after each."""
    runs = Runs(*model, tmp_path_factory.mktemp("killed"))
    work = runs.workdir / "stages"
    gentests = sum(map(gentests_prompt, straight.attempts[0].asked))
    assert gentests >= 2
    # 1. waiting for the model: gentests' second prompt is held; the first one's answer is saved
    runs.attempt(hold=2)
    # 2. half-way through appending an answer: the rest of gentests', then the second of translate's
    runs.attempt(crash=f"llm.jsonl@{gentests - 1 + 2}")
    runs.attempts[-1].after["torn"] = not runs.cache.read_bytes().endswith(b"\n")
    # 3. verify running its programs
    runs.attempt(kill_in_verify=True)
    # 4. half-way through a stage's output: dedup's kept records
    runs.attempt(crash="7-dedup/kept.jsonl")
    runs.attempts[-1].after["half-written"] = (work / "7-dedup" / "kept.jsonl.tmp").exists()
    # 5. half-way through the state file that marks a stage finished: export's
    runs.attempt(crash="8-export/meta.json")
    runs.attempts[-1].after["half-written"] = (work / "8-export" / "meta.json.tmp").exists()
    # and a state file damaged some other way (by hand, a disk): that stage runs again, not the run dies
    (work / "7-dedup" / "meta.json").write_text('{"key": "')
    runs.attempt()
    return runs


def key_of(runs: Runs, body: dict[str, Any]) -> str:
    """The answer cache's key for a request the server got: which saved answer it asked for again, if any."""
    config = load_config(runs.config)
    sampling = Sampling(
        n=body["n"], temperature=body["temperature"], top_p=body["top_p"],
        max_new_tokens=body["max_tokens"], stop=tuple(body["stop"]),
    )  # fmt: skip
    (prompt,) = body["prompt"]
    return CachedBackend(config.model, runs.folder / "no-cache.jsonl").key(prompt, sampling)


def test_each_kill_landed_where_it_was_aimed(killed: Runs) -> None:
    first, torn, verify, output, state, last = killed.attempts
    assert [a.returncode for a in killed.attempts] == [-signal.SIGKILL] * 5 + [0], last.stderr
    assert first.finished_before == set() and torn.finished_before == {"1-collect", "2-filter"}
    assert torn.after["torn"]
    assert "1 unreadable line(s) skipped" in verify.stderr  # the torn line, cut off and asked again
    assert verify.finished_before == set(STAGES[:4])
    assert output.finished_before == set(STAGES[:5]) or not any(installed(x) for x in LANGUAGES)
    assert output.after["half-written"] and state.after["half-written"]
    assert state.finished_before == set(STAGES[:6]) and last.finished_before == set(STAGES[:7])


def test_the_resumed_run_ends_equal_to_an_uninterrupted_one(straight: Runs, killed: Runs) -> None:
    for stage in STAGES:
        for table in ("kept", "dropped"):
            path = f"stages/{stage}/{table}.jsonl"
            assert (killed.workdir / path).read_text() == (straight.workdir / path).read_text(), path
    train = (killed.workdir / "export" / "train.jsonl").read_text()
    assert train == (straight.workdir / "export" / "train.jsonl").read_text()
    ids = [json.loads(line)["id"] for line in train.splitlines()]
    assert len(ids) == len(set(ids)) > 0 or not any(installed(x) for x in LANGUAGES)
    ours, theirs = (json.loads((r.workdir / "funnel.json").read_text()) for r in (killed, straight))
    assert [s["by_language"] for s in ours["stages"]] == [s["by_language"] for s in theirs["stages"]]
    assert not list(killed.workdir.rglob("*.tmp"))  # every half-written file was written again whole


def test_no_finished_work_is_done_again(straight: Runs, killed: Runs) -> None:
    for i, attempt in enumerate(killed.attempts):
        asked = {key_of(killed, body) for body in attempt.asked}
        assert not asked & attempt.saved_before, f"attempt {i} asked again for saved answers"
        damaged = {"7-dedup"} if attempt is killed.attempts[-1] else set()  # its meta.json, by hand
        for stage in attempt.finished_before - damaged:
            name = stage.split("-", 1)[1]
            assert f"{name}: done before" in attempt.stderr, (i, stage)
    assert "dedup: done before" not in killed.attempts[-1].stderr
    assert "7-dedup/meta.json unreadable (Unterminated string" in killed.attempts[-1].stderr
    everything = [key_of(killed, body) for a in killed.attempts for body in a.asked]
    once = {key_of(straight, body) for body in straight.attempts[0].asked}
    assert set(everything) == once
    # asked twice: only the held prompt (its answer never came back) and the torn line's
    assert len(everything) - len(once) == 2
    assert killed.orphans == [], f"processes outlived the killed run: {killed.orphans}"


def test_the_answer_cache_lost_nothing_and_holds_nothing_twice(straight: Runs, killed: Runs) -> None:
    lines = killed.cache.read_text().splitlines()
    keys = [json.loads(line)["key"] for line in lines]  # every line whole: the torn one was cut off
    assert sorted(keys) == sorted(saved_keys(straight.cache))


def test_damaged_cache_lines_are_skipped_counted_and_cut(tmp_path: Path) -> None:
    cache = tmp_path / "llm.jsonl"
    good = [json.dumps({"key": k, "completions": [k.upper()]}) for k in ("a", "b")]
    cache.write_text(f"{good[0]}\nnot json\n[1]\n{good[1]}\n" + '{"key": "c", "compl')
    answers, skipped = load_answers(cache)
    assert answers == {"a": ["A"], "b": ["B"]} and skipped == 3
    assert cache.read_text().endswith(good[1] + "\n")  # the torn tail is gone: the next line starts clean
