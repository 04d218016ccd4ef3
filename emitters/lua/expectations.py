"""How Lua writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "math.mininteger",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "math.huge",
    "-math.inf": "(-math.huge)",
    "True": "true",
    "None": "nil",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\001\\127"',
    "'é🎉'": '"\\u{E9}\\u{1F389}"',
    "(1, 'a')": '{1, "a"}',
    "(2,)": "{2}",
    "{3, 1}": "{[1]=true, [3]=true}",
    "[[1, 2], [3]]": "{{1, 2}, {3}}",
    "{'k': [1.5, None]}": '{["k"]={1.5, nil}}',
    "[1, [2]]": "{1, {2}}",
    "{-1: []}": "{[-1]={}}",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "{1, nil}",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "end": "end_",
    "repeat": "repeat_",
    "local": "local_",
    "ending": "ending",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
