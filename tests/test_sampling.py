"""CI's sample of slow cases (tests/sampling.py): fast languages run everything, slow-starting ones a share
that is the same in every xdist worker and changes with the seed."""

from __future__ import annotations

import pytest
import sampling

from emitters import languages


def test_fast_languages_run_everything_and_slow_ones_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sampling, "FULL", False)
    fast = next(k for k in languages() if not sampling.slow_starting(k))
    slow = next(k for k in languages() if sampling.slow_starting(k))
    items = list(range(600))
    assert sampling.sample(items, fast, "x") == items
    kept = sampling.sample(items, slow, "x")
    assert len(items) / sampling.SHARE / 2 < len(kept) < len(items) / sampling.SHARE * 2
    assert kept == sampling.sample(items, slow, "x")  # the same in every worker
    monkeypatch.setattr(sampling, "SEED", sampling.SEED + 1)
    assert sampling.sample(items, slow, "x") != kept  # another day, another share
    assert sampling.sample([7], slow, "x") == [7]
    monkeypatch.setattr(sampling, "FULL", True)
    assert sampling.sample(items, slow, "x") == items
