def is_palindrome(text: str, ignore_case: bool = False) -> bool:
    if ignore_case:
        text = text.lower()
    return text == text[::-1]
