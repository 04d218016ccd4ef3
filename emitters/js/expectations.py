"""How JavaScript writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**53 - 1": "9007199254740991",
    "2**53": "9007199254740992n",  # past Number.MAX_SAFE_INTEGER: a BigInt, never a rounded double
    "-(2**63)": "-9223372036854775808n",
    "2**70": "1180591620717411303424n",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "1e100": "1e+100",
    "math.inf": "Infinity",
    "-math.inf": "-Infinity",
    "math.nan": "NaN",
    "True": "true",
    "False": "false",
    "None": "undefined",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x00\\x7f'": '"\\x00\\x7f"',
    "'é🎉'": '"\\u00e9\\u{1f389}"',
    "'\\u2028'": '"\\u2028"',
    "'\\ud800'": '"\\ud800"',
    "(1, 'a')": '[1, "a"]',
    "(2,)": "[2]",
    "()": "[]",
    "[]": "[]",
    "{3, 1}": "new Set([1, 3])",
    "set()": "new Set()",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '{"k": [1.5, undefined]}',
    "{'__proto__': 1}": '{["__proto__"]: 1}',
    "{}": "{}",
    "typed({}, 'dict[int, str]')": "new Map()",
    "{-1: []}": "new Map([[-1, []]])",
    "{1: 'a', 'b': 2}": 'new Map([[1, "a"], ["b", 2]])',
    "{(1, 2): {3}}": "new Map([[[1, 2], new Set([3])]])",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "[1, undefined]",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "default": "default_",
    "function": "function_",
    "new": "new_",
    "arguments": "arguments_",
    "undefined": "undefined_",
    "Map": "Map_",
    "__tc_x": "__tc_x_",
    "ending": "ending",
    "_x": "_x",
    "é": "é",
}

# JavaScript cannot tell -2.0 from -2: the failed value reads back as an int.
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2]}"

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
