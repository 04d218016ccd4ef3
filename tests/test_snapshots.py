"""Syrupy pins what every emitter writes (prompt and harness) for the whole corpus; test_execution proves
that what is pinned is right."""

from __future__ import annotations

import pytest
from corpus import PROBLEMS, compiled

from emitters import languages


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("problem", PROBLEMS)
def test_prompt_and_harness(problem: str, language: str, snapshot) -> None:  # type: ignore[no-untyped-def]
    c = compiled(problem, language)
    assert c.prompt == snapshot(name="prompt")
    assert c.harness == snapshot(name="harness")
    assert c.observer == snapshot(name="observer")
    assert list(c.stop_tokens) == snapshot(name="stop_tokens")
