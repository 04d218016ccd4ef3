"""How Haskell writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "(-5)",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "(-9223372036854775808)",
    "0.1": "0.1",
    "-0.0": "(-0.0)",
    "1e-06": "1e-06",
    "math.inf": "(1/0)",
    "-math.inf": "(-1/0)",
    "math.nan": "(0/0)",
    "True": "True",
    "None": "()",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f\\x00'": '"\\1\\&\\127\\&\\0\\&"',
    "'é🎉'": '"\\233\\&\\127881\\&"',
    "(1, 'a')": '(1, "a")',
    "(2,)": "2",
    "{3, 1}": "[1, 3]",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '[("k", [(Just 1.5), Nothing])]',
    "{1: 'a'}": '[(1, "a")]',
    "{-1: []}": "[((-1), [])]",
    "typed([], 'list[int]')": "[]",
    "typed({}, 'dict[str, int]')": "[]",
    "typed(set(), 'set[str]')": "[]",
    "typed([1, None], 'list[float | None]')": "[(Just 1.0), Nothing]",
    "typed((1, None), 'tuple[int, int | None]')": "(1, Nothing)",
}

# A Python identifier -> this language's (reserved words and the Prelude's names get a trailing underscore).
IDENTS = {"type": "type_", "data": "data_", "main": "main_", "compare": "compare_", "Foo": "foo", "_x": "_x"}

# How SEMANTICS['split_wrong'] (samples.py) reads back in Python notation: an association list reads back
# as a list of pairs.
SPLIT_SHOWN = "[('k\"\\n', [1.5, -2.0])]"

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 156
