"""Each language's expectations table (emitters/<key>/expectations.py: a Python value -> its spelling) checked
row by row, and what one language does that no table shows."""

from __future__ import annotations

import math

import pytest

from emitters import UnknownLanguage, all_emitters, get_emitter, languages
from emitters.base import VALUE_METHODS
from ir import Value, coerce, from_python, parse_type
from testcompiler import read_suite


def typed(obj: object, type_text: str) -> Value:
    """``obj`` fitted into a slot of the given type, as inference fits a value into its place."""
    return coerce(from_python(obj), parse_type(type_text))


def build(expression: str) -> Value:
    """The IR value of a row's Python expression."""
    obj = eval(expression, {"math": math, "typed": typed})  # the bundles' own tables, not input
    return obj if isinstance(obj, Value) else from_python(obj)


# (language, row) for every row of every language's table: sqlglot's validate_all, keyed by language.
VALUE_ROWS = [(e.name, row) for e in all_emitters() for row in e.expectations().VALUES]
IDENT_ROWS = [(e.name, row) for e in all_emitters() for row in getattr(e.expectations(), "IDENTS", {})]


@pytest.mark.parametrize(("language", "row"), VALUE_ROWS, ids=[f"{key}-{row}" for key, row in VALUE_ROWS])
def test_every_language_writes_its_table_of_values(language: str, row: str) -> None:
    emitter = get_emitter(language)
    assert emitter.value(build(row)) == emitter.expectations().VALUES[row]


@pytest.mark.parametrize(("language", "name"), IDENT_ROWS, ids=[f"{key}-{name}" for key, name in IDENT_ROWS])
def test_identifiers_are_sanitised_per_language(language: str, name: str) -> None:
    emitter = get_emitter(language)
    assert emitter.ident(name) == emitter.expectations().IDENTS[name]


def test_every_language_has_a_table() -> None:
    for emitter in all_emitters():
        rows = emitter.expectations().VALUES
        assert len(rows) >= 10, f"{emitter.name}: only {len(rows)} rows in its expectations table"
        kinds = {type(build(row)) for row in rows}
        assert len(kinds) == len(VALUE_METHODS), (
            f"{emitter.name}: rows for only {sorted(k.__name__ for k in kinds)}"
        )


def test_lua_cannot_write_some_values_and_says_why() -> None:
    lua = get_emitter("lua")
    assert lua.unsupported_value(from_python(2**64)) == "integer 18446744073709551616 does not fit in 64 bits"
    assert "table key" in str(lua.unsupported_value(from_python({(1, 2): 3})))
    assert lua.unsupported_value(from_python({None: 1})) == "nil cannot be a table key"
    assert get_emitter("py").unsupported_value(from_python(2**200)) is None


def test_prompt_rewording_is_by_whole_words_only() -> None:
    lua = get_emitter("lua")
    assert (
        lua.reword("Return a list of lists, or None if True.") == "Return a table of tables, or nil if true."
    )
    assert lua.reword("a listing of Nonesuch Pythonic tuples") == "a listing of Nonesuch Pythonic tables"


def test_lua_prompt_is_a_comment_and_an_open_header() -> None:
    suite = read_suite(
        "def first(xs: list, end: int = 0):\n"
        '    """Take the first of a list.\n\n    --[[ not a block ]]\n    """\n'
        "assert first([1]) == 1\n"
    )
    prompt = get_emitter("lua").compile(suite).prompt
    assert prompt == (
        "-- Take the first of a table.\n--\n-- --[[ not a block ]]\nlocal function first(xs, end_)\n"
    )


def test_python_prompt_keeps_annotations_defaults_and_docstring_quotes() -> None:
    suite = read_suite(
        'from typing import List\n\ndef f(xs: List[int], k=2) -> int:\n    """Say "hi" \\\\ """\n'
        "assert f([1]) == 1\n"
    )
    prompt = get_emitter("py").compile(suite).prompt
    assert (
        prompt == 'from typing import List\n\n\ndef f(xs: list[int], k=2) -> int:\n    """Say "hi" \\\\ """\n'
    )


def test_every_check_line_of_the_harness_names_its_source_line() -> None:
    suite = read_suite("def f(x):\n    ...\nassert f(1) == 2\n\nassert f(2) != 3\n")
    for language in languages():
        harness = get_emitter(language).compile(suite).harness
        assert "line 3: assert f(1) == 2" in harness and "line 5: assert f(2) != 3" in harness


def test_unknown_language() -> None:
    with pytest.raises(UnknownLanguage, match="unknown language 'cobol'"):
        get_emitter("cobol")
    assert get_emitter("python").name == "py"


def test_docstring_examples_are_shown_in_the_target_syntax_and_never_reworded() -> None:
    suite = read_suite(
        "def tag(words, upper=False):\n"
        '    """Tag a list of words.\n\n'
        "    >>> tag(['list', 'None'], upper=True)\n"
        "    ['LIST', 'NONE']\n"
        "    >>> tag([]) == []\n"
        "    True\n"
        '    """\n'
        "assert tag([]) == []\n"
    )
    lua = get_emitter("lua").compile(suite).prompt
    assert '-- >>> tag({"list", "None"}, true)\n-- {"LIST", "NONE"}\n' in lua
    assert "-- Tag a table of words." in lua
    assert "-- >>> tag([]) == []\n-- true\n" in lua  # not a plain call: left as written, only reworded
    py = get_emitter("py").compile(suite).prompt
    assert ">>> tag(['list', 'None'], upper=True)" in py
