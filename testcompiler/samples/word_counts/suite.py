import pytest


def word_counts(text: str, min_length: int = 1) -> dict[str, int]:
    """Count the words of text that have at least min_length characters, ignoring case."""


def test_counts():
    assert word_counts("a b A") == {"a": 2, "b": 1}
    assert word_counts("") == {}
    assert word_counts("Él dijo \"hola\" él", min_length=2) == {"él": 2, "dijo": 1, '"hola"': 1}


def test_rejects_bad_length():
    with pytest.raises(ValueError):
        word_counts("x", min_length=0)
