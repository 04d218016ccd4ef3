from typing import Optional


def lookup(table: dict[int, str], key: int, default: Optional[str] = None) -> Optional[str]:
    """Return table[key], or default when key is not in table.

    A key that is present always wins, even when its value is the empty string.
    """
    ...


assert lookup({1: "one", 2: "two"}, 1) == "one"
assert lookup({1: "one"}, 3) is None
assert lookup({1: "one"}, 1) is not None
assert lookup({}, 0, default="zero") == "zero"
assert lookup({-1: "minus"}, -1) == "minus"
assert lookup({5: ""}, 5) == ""
assert lookup({5: ""}, 5, "x") == ""
assert lookup({7: "seven"}, 8, "?") != "seven"
assert not lookup({}, 1)


def test_defaults():
    assert lookup({1: "one"}, 2, default="none") == "none"
    assert lookup({0: "zero"}, 0, default="none") == "zero"
