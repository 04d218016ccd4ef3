def repeat(s: str, n: int, sep: str = "", end: str = "") -> str:
    """Return n copies of s joined by sep, followed by end.

    When n is zero or negative the result is just end.
    """
    ...


assert repeat("ab", 3) == "ab" * 3
assert repeat("a", 2, sep="-") == "a" + "-" + "a"
assert repeat("x", 0) == ""
assert repeat("x", -2, end="!") == "!"
assert repeat("ab", 2, sep="-", end="!") == "ab-ab!"
assert repeat("ha", n=3, end=".") == "hahaha."
assert repeat("中文", 2, ", ") == "中文, 中文"
assert repeat("🎉", 3) == "🎉🎉🎉"
assert repeat("", 5, sep="|") == "||||"
assert repeat("a\tb", 2, "\n") == "a\tb\na\tb"
assert repeat("%d", 2, "%") == "%d%%d"
