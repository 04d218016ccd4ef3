"""How Perl writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "2**70": 'Math::BigInt->new("1180591620717411303424")',
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "(9**9**9)",
    "-math.inf": "(-9**9**9)",
    "math.nan": "(9**9**9 / 9**9**9)",
    "True": "!!1",
    "False": "!!0",
    "None": "undef",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    # $ and @ would interpolate in a double-quoted Perl string
    "'$x @y'": '"\\$x \\@y"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t\\$"',
    "'\\x01\\x7f'": '"\\x{01}\\x{7f}"',
    "'é🎉'": '"\\x{e9}\\x{1f389}"',
    "(1, 'a')": '[1, "a"]',
    "(2,)": "[2]",
    "{3, 1}": "[1, 3]",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '{"k" => [1.5, undef]}',
    "{-1: []}": "{-1 => []}",
    "{}": "{}",
    "set()": "[]",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "[1, undef]",
}

# A Python identifier -> this language's (named operators and keywords get a trailing underscore).
IDENTS = {
    "sort": "sort_",
    "length": "length_",
    "print": "print_",
    "ending": "ending",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
