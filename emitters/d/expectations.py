"""How D writes values and names: this language's rows of the table that tests/test_emitters.py checks (a
Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5L",
    "2**62 - 1": "4611686018427387903L",
    "-(2**63)": "long.min",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "double.infinity",
    "-math.inf": "-double.infinity",
    "math.nan": "double.nan",
    "True": "true",
    "None": "null",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f\\x00'": '"\\x01\\x7f\\0"',
    "'é🎉'": '"\\u00e9\\U0001f389"',
    "(1, 'a')": 'tuple(1L, "a")',
    "(2,)": "tuple(2L)",
    "{3, 1}": "[1L: true, 3L: true]",
    "[[1, 2], [3]]": "[[1L, 2L], [3L]]",
    "{'k': [1.5, None]}": '["k": [Nullable!(double)(1.5), Nullable!(double).init]]',
    "{1: 'a'}": '[1L: "a"]',
    "{-1: []}": "[-1L: []]",  # an element type nothing names: D converts [] to the array type in place
    "typed([], 'list[int]')": "(long[]).init",
    "typed({}, 'dict[str, int]')": "(long[string]).init",
    "typed(set(), 'set[str]')": "(bool[string]).init",
    "typed([1, None], 'list[float | None]')": "[Nullable!(double)(1.0), Nullable!(double).init]",
    "typed((1, None), 'tuple[int, int | None]')": "tuple(1L, Nullable!(long).init)",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "default": "default_",
    "body": "body_",
    "main": "main_",
    "string": "string_",
    "in": "in_",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language (humaneval-d:
# 156 problems), our bar.
HUMANEVAL_PROBLEMS = 156

# How the failed value of tests/test_semantics.py's split() reads back (D's double prints -2.0).
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2.0]}"
