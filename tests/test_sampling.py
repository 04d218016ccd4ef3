"""CI's sample of slow cases (tests/sampling.py): fast languages run half, slow-starting ones a smaller share,
the same in every xdist worker and changing with the seed."""

from __future__ import annotations

import pytest
import sampling

from emitters import languages


def test_fast_languages_run_half_and_slow_ones_a_smaller_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sampling, "FULL", False)
    fast = next(k for k in languages() if not sampling.slow_starting(k))
    slow = next(k for k in languages() if sampling.slow_starting(k))
    items = list(range(600))
    halved = sampling.sample(items, fast, "x")
    assert len(items) / sampling.FAST_SHARE / 2 < len(halved) < len(items) / sampling.FAST_SHARE * 2
    assert sampling.share(fast) < sampling.share(slow)
    kept = sampling.sample(items, slow, "x")
    assert len(items) / sampling.SHARE / 2 < len(kept) < len(items) / sampling.SHARE * 2
    assert kept == sampling.sample(items, slow, "x")  # the same in every worker
    monkeypatch.setattr(sampling, "SEED", sampling.SEED + 1)
    assert sampling.sample(items, slow, "x") != kept  # another day, another share
    assert sampling.sample([7], slow, "x") == [7]
    monkeypatch.setattr(sampling, "FULL", True)
    assert sampling.sample(items, slow, "x") == items
