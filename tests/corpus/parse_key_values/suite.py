import pytest
from typing import Dict, List


def parse_key_values(text: str, sep: str = ";") -> Dict[str, List[int]]:
    """Parse entries of the form "key=1,2,3", separated by sep, into a dict that maps
    each key to its list of integers.

    Whitespace around entries, keys and numbers is ignored; blank entries and blank
    numbers are skipped; a key with nothing after "=" maps to an empty list; a key that
    appears again extends its list. An entry without "=" raises ValueError.
    """
    ...


assert parse_key_values("a=1,2;b=3") == {"a": [1, 2], "b": [3]}
assert parse_key_values("") == {}
assert parse_key_values("x=-4, 5 ; y=") == {"x": [-4, 5], "y": []}
assert {"n": [10, 20, 30]} == parse_key_values("n=10,20,30;")


def test_repeated_key_extends():
    assert parse_key_values("k=1;k=2,3") == {"k": [1, 2, 3]}
    assert parse_key_values("k=1;k=") == {"k": [1]}


def test_custom_separator():
    assert parse_key_values("a=1|b=2", sep="|") == {"a": [1], "b": [2]}
    assert parse_key_values("a=1 b=2", " ") == {"a": [1], "b": [2]}
    assert parse_key_values("a=1") != {"a": [1, 1]}


def test_unicode_and_spaces():
    assert parse_key_values("é=1;中文=2,3") == {"é": [1], "中文": [2, 3]}
    assert parse_key_values("  spaced key = 7 ") == {"spaced key": [7]}


def test_missing_equals_raises():
    with pytest.raises(ValueError):
        parse_key_values("a=1;oops")
