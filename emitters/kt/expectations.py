"""How Kotlin writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5L",
    "2**63 - 1": "9223372036854775807L",
    "-(2**63)": "Long.MIN_VALUE",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Double.POSITIVE_INFINITY",
    "-math.inf": "Double.NEGATIVE_INFINITY",
    "math.nan": "Double.NaN",
    "True": "true",
    "None": "null",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t\\$"',
    "'\\x01\\x7f'": '"\\u0001\\u007f"',
    "'é🎉'": '"\\u00e9\\ud83c\\udf89"',
    "(1, 'a')": 'Pair(1L, "a")',
    "(1, 2, 3)": "Triple(1L, 2L, 3L)",
    "{3, 1}": "mutableSetOf<Long>(1L, 3L)",
    "[[1, 2], [3]]": "mutableListOf<List<Long>>(mutableListOf<Long>(1L, 2L), mutableListOf<Long>(3L))",
    "{'k': [1.5, None]}": 'mutableMapOf<String, List<Double?>>("k" to mutableListOf<Double?>(1.5, null))',
    "{1: 'a'}": 'mutableMapOf<Long, String>(1L to "a")',
    "typed([], 'list[int]')": "mutableListOf<Long>()",
    "typed({}, 'dict[str, int]')": "mutableMapOf<String, Long>()",
    "typed([1, None], 'list[float | None]')": "mutableListOf<Double?>(1.0, null)",
    "typed((1, 2.5), 'tuple[float, float]')": "Pair(1.0, 2.5)",
    "typed(3, 'int | None')": "3L",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "class": "class_",
    "fun": "fun_",
    "val": "val_",
    "null": "null_",
    "main": "main_",
    "__tc_out": "__tc_out_",
    "data": "data",
    "String": "String",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language (humaneval-kt),
# our bar.
HUMANEVAL_PROBLEMS = 161
