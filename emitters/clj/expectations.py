"""How Clojure writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "2**63": "9223372036854775808N",
    "-(2**70)": "-1180591620717411303424N",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "1e20": "1e+20",
    "math.inf": "##Inf",
    "-math.inf": "##-Inf",
    "math.nan": "##NaN",
    "True": "true",
    "None": "nil",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f\\x0b'": '"\\u0001\\u007f\\u000b"',
    "'é🎉'": '"\\u00e9\\ud83c\\udf89"',
    "(1, 'a')": '[1 "a"]',
    "(2,)": "[2]",
    "()": "[]",
    "{3, 1}": "#{1 3}",
    "set()": "#{}",
    "[[1, 2], [3]]": "[[1 2] [3]]",
    "{'k': [1.5, None]}": '{"k" [1.5 nil]}',
    "{1: 'a', 2: 'b'}": '{1 "a", 2 "b"}',
    "{}": "{}",
    "[1, [2]]": "[1 [2]]",
    "{-1: []}": "{-1 []}",
    "{(1, 2): {3}}": "{[1 2] #{3}}",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "[1 nil]",
}

# A Python identifier -> this language's (special forms and literals get a trailing underscore).
IDENTS = {
    "fn": "fn_",
    "nil": "nil_",
    "quote": "quote_",
    "count": "count",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
