def is_palindrome(text: str, ignore_case: bool = False) -> bool:
    """Return True if text reads the same forwards and backwards, comparing
    character by character (Unicode code points, not bytes). With ignore_case,
    the text is lower-cased first.
    """
    ...


assert is_palindrome("racecar")
assert not is_palindrome("abca")
assert is_palindrome("") is True
assert is_palindrome("ab") is False
assert is_palindrome("Noon") is False
assert is_palindrome("Noon", ignore_case=True) is True
assert is_palindrome("été")
assert not is_palindrome("中文")
assert is_palindrome("🙂x🙂")
assert is_palindrome("abc") != True
