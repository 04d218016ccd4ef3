"""testcompiler.run.readback reads a printed value with the grammar's LALR parser, and with Earley's where
that one cannot: on every value the corpus prints in every language (tests/printed_values.jsonl), the two
give the same value wherever both read it, and read_value gives what Earley's alone gave."""

from __future__ import annotations

from collections import defaultdict

import pytest
from lark import Lark
from lark.exceptions import LarkError
from printed_values import load

from emitters import get_emitter, languages
from ir import Value
from testcompiler.run import readback

PRINTED: dict[str, list[str]] = defaultdict(list)
for _language, _text in load():
    PRINTED[_language].append(_text)

UNREAD = "unread"


def _read(parser: Lark, language: str, text: str) -> str:
    """The value as repr shows it (NaN equal to NaN), "None" for no value, UNREAD for a parse error."""
    try:
        tree = parser.parse(text.strip())
    except LarkError:
        return UNREAD
    try:
        value = readback._ToValue(get_emitter(language).string_reading).transform(tree)
    except (LarkError, ValueError, SyntaxError):
        return "None"
    return repr(value if isinstance(value, Value) else None)


@pytest.mark.parametrize("language", languages())
def test_lalr_reads_what_earley_reads(language: str) -> None:
    texts = PRINTED.get(language, [])
    if not texts:
        pytest.skip(
            f"no printed values of {language} in tests/printed_values.jsonl (its runtime was missing)"
        )
    grammar = get_emitter(language).value_grammar
    fast = readback._lalr(grammar)
    assert fast is not None, f"{grammar} has no LALR(1) parser"
    differ, unread = [], []
    for text in texts:
        slow = _read(readback._earley(grammar), language, text)
        quick = _read(fast, language, text)
        if quick == UNREAD:
            unread.append(text)  # read by Earley's parser instead, as read_value does
        elif quick != slow:
            differ.append((text, quick, slow))
        read = readback.read_value(get_emitter(language), text)
        assert repr(read) == (slow if slow != UNREAD else "None"), text
    assert differ == []
    # nearly every value is read by the fast parser: the fallback is for what its lexer cannot tell apart
    assert len(unread) <= len(texts) // 20, unread[:5]
