"""The sandbox's own state, which must never decide a verdict: a run's cgroup stays its own however slots
of the same uid follow each other across threads, and a program starts with nothing blocked and ends the way
it really ended, whatever the executor thread that started it had blocked (a thread of a pool, in a process
where a library may have blocked signals before the pool's threads were made: they inherit its mask, and so
would a fork)."""

from __future__ import annotations

import contextlib
import shutil
import signal
import threading
from collections.abc import Callable
from typing import TypeVar

import pytest

from testcompiler.run import sandbox
from testcompiler.run.executor import Ran, environment, run_sandboxed
from testcompiler.run.sandbox import Slot

T = TypeVar("T")
BLOCKED = (signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ, signal.SIGUSR1)


def in_a_thread_blocking(signals: tuple[signal.Signals, ...], work: Callable[[], T]) -> T:
    """``work()`` run in a new thread that has ``signals`` blocked (the test's own thread keeps its mask)."""
    answers: list[T] = []

    def blocked() -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, signals)
        answers.append(work())

    thread = threading.Thread(target=blocked)
    thread.start()
    thread.join()
    assert answers, "the thread failed"
    return answers[0]


def run(argv: list[str]) -> Ran:
    with sandbox.slot() as run_slot:
        return run_sandboxed(argv, run_slot, environment(run_slot, None), timeout=30.0)


def test_a_program_starts_with_no_signal_blocked() -> None:
    grep = shutil.which("grep", path="/usr/bin:/bin") or "grep"  # itself: a shell may clear its mask
    ran = in_a_thread_blocking(BLOCKED, lambda: run([grep, "^SigBlk:", "/proc/self/status"]))
    assert ran.exit_code == 0, ran
    assert ran.stdout.split() == ["SigBlk:", "0" * 16], ran


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL])
def test_a_program_killed_by_a_signal_ends_so_whatever_the_starting_thread_blocks(number: int) -> None:
    """The program unblocks the signal and raises it: the executor sees that death (as root, through the
    sandbox's relay, which must raise it again on itself), never the relay's 125."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    if python is None:
        pytest.skip("no system python3 to write the program in")
    program = (
        "import os, signal\n"
        f"signal.pthread_sigmask(signal.SIG_UNBLOCK, [{number}])\n"
        f"os.kill(os.getpid(), {number})\n"
    )
    ran = in_a_thread_blocking(BLOCKED, lambda: run([python, "-c", program]))
    assert ran.exit_code == -number, ran


@pytest.mark.skipif(
    not sandbox.is_root() or sandbox.memory_cgroup_root() is None, reason="a cgroup per run needs root"
)
def test_the_next_holder_of_a_uid_keeps_its_cgroup(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process names a uid's cgroup the same in every slot. Another thread may take the uid the moment it
    is given back (here: at once, the real give-back followed by the next slot): by then the last holder's
    cgroup must be gone, or its removal takes the new one from under the next run (every set-up of that
    slot then fails with 125, or its program is killed)."""
    give_back = sandbox._give_back_uid
    later = contextlib.ExitStack()
    taken: list[Slot] = []

    def next_holder_at_once(uid: int) -> None:
        give_back(uid)
        taken.append(later.enter_context(sandbox.slot()))

    with later:
        with monkeypatch.context() as patch:
            patch.setattr(sandbox, "_give_back_uid", next_holder_at_once)
            with sandbox.slot() as first:
                pass
        assert taken, "the first slot's uid was not given back"
        second = taken[0]
        if second.uid != first.uid:
            pytest.skip("another process took the uid in between")
        assert second.cgroup is not None and second.cgroup.exists()
        ran = run_sandboxed(["/bin/true"], second, environment(second, None), timeout=30.0)
        assert ran.exit_code == 0, ran


def test_a_run_started_from_inside_the_checkout_still_sets_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The executor's cwd inside this checkout (both are hidden): hiding the checkout hides the cwd with it,
    and the set-up must not then fail on the cwd's path, gone under the checkout's cover."""
    from pathlib import Path

    monkeypatch.chdir(Path(sandbox.__file__).resolve().parents[2] / "tests")
    hidden = sandbox.hidden_directories()
    assert not any(b.startswith(a + b"/") for a in hidden for b in hidden)
    from testcompiler import compile_source, run_stub

    compiled = compile_source("def f(x):\n    return x\n\n\nassert f(1) == 1\n", "py")
    outcome = run_stub(compiled)
    assert "sandbox set-up failed" not in outcome.stderr and outcome.exit_code != sandbox.SETUP_FAILED
