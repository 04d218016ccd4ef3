import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sampling import FULL, SEED, chosen, header


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: sampled (one in 5, more if slow-starting) unless TESTCOMPILER_FULL=1 (tests/sampling.py)",
    )
    config.addinivalue_line("markers", "long: minutes alone; collected first, so no xdist worker ends on it")


def pytest_report_header(config: pytest.Config) -> str:
    return header()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The longest cases first: started last, one of them held one worker for minutes after the other had
    # finished everything else (CI's tail, 2026-12-01).
    items.sort(key=lambda item: item.get_closest_marker("long") is None)
    if FULL:
        return
    for item in items:
        callspec = getattr(item, "callspec", None)
        language = callspec.params.get("language") if callspec else None
        if not item.get_closest_marker("slow") or not isinstance(language, str):
            continue
        if not chosen(item.nodeid, language):
            reason = f"a slow case of {language}: not in today's sample (TESTCOMPILER_SEED={SEED})"
            item.add_marker(pytest.mark.skip(reason=reason))
