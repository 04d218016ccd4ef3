"""How Python writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": 'float("inf")',
    "-math.inf": '-float("inf")',
    "True": "True",
    "None": "None",
    "''": "''",
    "'a\"b'": "'a\"b'",
    "'\\\\\\n\\t$'": "'\\\\\\n\\t$'",
    "'\\x01\\x7f'": "'\\x01\\x7f'",
    "'é🎉'": "'é🎉'",
    "(1, 'a')": "(1, 'a')",
    "(2,)": "(2,)",
    "{3, 1}": "{1, 3}",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": "{'k': [1.5, None]}",
    "[1, [2]]": "[1, [2]]",
    "{-1: []}": "{-1: []}",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "[1, None]",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "end": "end",
}
