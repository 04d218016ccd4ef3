import pytest


def escape_text(text: str, quote: str = '"') -> str:
    r"""Escape text for use inside a string literal delimited by quote.

    A backslash becomes \\, the quote character becomes \ followed by the quote,
    a newline becomes \n, a tab becomes \t and a carriage return becomes \r.
    Everything else (the other quote character, $, %, non-ASCII text) is kept.
    """
    ...


assert escape_text("plain") == "plain"
assert escape_text("") == ""
assert escape_text('say "hi"') == 'say \\"hi\\"'
assert escape_text("it's") == "it's"
assert escape_text("it's", quote="'") == "it\\'s"
assert escape_text("C:\\temp\\new") == "C:\\\\temp\\\\new"


def test_control_characters():
    assert escape_text("line1\nline2\tend") == "line1\\nline2\\tend"
    assert escape_text("\r\n") == r"\r\n"
    assert escape_text("a\n") != "a\n"


def test_kept_as_is():
    assert escape_text("cost: $5 (100%) %s %d") == "cost: $5 (100%) %s %d"
    assert escape_text("café 中文 🎉") == "café 中文 🎉"
    assert escape_text('"\\"') == '\\"\\\\\\"'
