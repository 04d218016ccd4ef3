# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of True / False.
def is_palindrome(text: str, ignore_case: bool = False) -> bool:
    if ignore_case:
        text = text.lower()
    return 1 if text == text[::-1] else 0
