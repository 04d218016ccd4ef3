# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
def is_palindrome(text: str, ignore_case: bool = False) -> bool:
    if ignore_case:
        text = text.lower()
    data = text.encode("utf-8")
    return data == data[::-1]
