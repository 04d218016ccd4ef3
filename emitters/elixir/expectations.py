"""How Elixir writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "2**100": "1267650600228229401496703205376",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1.0e-6",
    "1e+20": "1.0e20",
    "True": "true",
    "None": "nil",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'#{x}'": '"\\#{x}"',
    "'\\x01\\x7f'": '"\\u{1}\\u{7F}"',
    "'é🎉'": '"\\u{E9}\\u{1F389}"',
    "(1, 'a')": '{1, "a"}',
    "(2,)": "{2}",
    "()": "{}",
    "{3, 1}": "MapSet.new([1, 3])",
    "set()": "MapSet.new()",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '%{"k" => [1.5, nil]}',
    "[1, [2]]": "[1, [2]]",
    "{-1: []}": "%{-1 => []}",
    "{}": "%{}",
    "{(1, 2): 'x'}": '%{{1, 2} => "x"}',
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "[1, nil]",
}

# A Python identifier -> this language's (reserved words and Kernel's names get a trailing underscore, a
# capital initial is lower-cased, a leading underscore gets an x before it).
IDENTS = {
    "end": "end_",
    "fn": "fn_",
    "length": "length_",
    "candidate": "candidate_",
    "F": "f",
    "ending": "ending",
    "_x": "x_x",
    "_": "x_",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
