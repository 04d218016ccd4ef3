"""How TypeScript writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**53 - 1": "9007199254740991",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Infinity",
    "-math.inf": "-Infinity",
    "math.nan": "NaN",
    "True": "true",
    "None": "undefined",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\x01\\x7f"',
    "'é🎉'": '"\\u00e9\\u{1f389}"',
    "(1, 'a')": '[1, "a"]',
    "(2,)": "[2]",
    "{3, 1}": "new Set<number>([1, 3])",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '{"k": [1.5, undefined]}',
    "{'__proto__': 1}": '{["__proto__"]: 1}',
    "{1: 'a'}": 'new Map<number, string>([[1, "a"]])',
    "[1, [2]]": "[1, [2]]",
    "{-1: []}": "new Map<number, any[]>([[-1, []]])",
    "typed([], 'list[int]')": "([] as number[])",
    "typed({}, 'dict[str, int]')": "{}",
    "typed([1, None], 'list[float | None]')": "[1, undefined]",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "function": "function_",
    "let": "let_",
    "undefined": "undefined_",
    "require": "require_",
    "type": "type",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 159

# split_wrong's {"k\"\n": [1.5, -2.0]}: JavaScript prints -2.0 as -2, a number like any other.
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2]}"
