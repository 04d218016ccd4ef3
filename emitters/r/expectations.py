"""How R writes values: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Inf",
    "-math.inf": "-Inf",
    "True": "TRUE",
    "None": "NULL",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\x01\\x7f"',
    "'é🎉'": '"\\u{e9}\\U{1f389}"',
    "(1, 'a')": 'list(1, "a")',
    "(2,)": "c(2)",
    "{3, 1}": "c(1, 3)",
    "[[1, 2], [3]]": "list(c(1, 2), c(3))",
    "{'k': [1.5, None]}": 'list("k" = list(1.5, NULL))',
    # where a slot holds scalars and lists alike, a one-element list must be an R list to keep its depth
    "[1, [2]]": "list(1, list(2))",
    "{-1: []}": "list(-1 = list())",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "list(1, NULL)",
}

# How SEMANTICS['split_wrong'] (samples.py) reads back in Python notation: R prints a whole double as an integer.
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2]}"

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
