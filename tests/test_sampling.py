"""CI's sample of slow cases (tests/sampling.py): fast languages run one in FAST_SHARE, slow-starting ones a
smaller share, the same in every xdist worker and changing with the seed."""

from __future__ import annotations

import pytest
import sampling

from emitters import languages


def test_fast_languages_run_their_share_and_slow_ones_a_smaller_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sampling, "FULL", False)
    fast = next(k for k in languages() if not sampling.slow_starting(k))
    slow = next(k for k in languages() if sampling.slow_starting(k))
    items = list(range(600))
    kept_fast = sampling.sample(items, fast, "x")
    assert len(items) / sampling.FAST_SHARE / 2 < len(kept_fast) < len(items) / sampling.FAST_SHARE * 2
    assert sampling.share(fast) < sampling.share(slow)
    kept = sampling.sample(items, slow, "x")
    assert len(items) / sampling.SHARE / 2 < len(kept) < len(items) / sampling.SHARE * 2
    assert kept == sampling.sample(items, slow, "x")  # the same in every worker
    monkeypatch.setattr(sampling, "SEED", sampling.SEED + 1)
    assert sampling.sample(items, slow, "x") != kept  # another day, another share
    assert sampling.sample([7], slow, "x") == [7]
    monkeypatch.setattr(sampling, "FULL", True)
    assert sampling.sample(items, slow, "x") == items


def test_a_cover_meets_every_case_and_every_language_each_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sampling, "FULL", False)
    cases = [f"kind{i}" for i in range(16)]
    names = languages()
    days = []
    for seed in range(8):
        monkeypatch.setattr(sampling, "SEED", seed)
        today = sampling.cover(cases, names, 8)
        assert {case for case, _ in today} == set(cases)
        assert {name for _, name in today} == set(names)
        assert len(today) <= len(cases) * len(names) / 8 + len(cases)
        days.append(today)
    assert set().union(*days) == {(c, n) for c in cases for n in names}  # every pair within 8 days
    # fewer languages than the share: each case still runs in one of them
    assert {case for case, _ in sampling.cover(cases, names[:3], 8)} == set(cases)
    assert {n for _, n in sampling.cover(cases[:2], names, 8)} == set(names)
    monkeypatch.setattr(sampling, "FULL", True)
    assert len(sampling.cover(cases, names, 8)) == len(cases) * len(names)
