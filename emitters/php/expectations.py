"""How PHP writes values and names: this language's rows of the table that tests/test_emitters.py checks
(a Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "PHP_INT_MIN",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "INF",
    "-math.inf": "-INF",
    "math.nan": "NAN",
    "True": "true",
    "None": "null",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t\\$"',
    "'{$x}'": '"{\\$x}"',
    "'\\x01\\x7f\\x1b'": '"\\x01\\x7f\\e"',
    "'é🎉'": '"\\u{e9}\\u{1f389}"',
    "(1, 'a')": 'array(1, "a")',
    "(2,)": "array(2)",
    "{3, 1}": "array(1, 3)",
    "set()": "array()",
    "[[1, 2], [3]]": "array(array(1, 2), array(3))",
    "{'k': [1.5, None]}": 'array("k" => array(1.5, null))',
    "[1, [2]]": "array(1, array(2))",
    "{-1: []}": "array(-1 => array())",
    "{}": "array()",
    # an int in a float slot stays an int in a dynamic language
    "typed([1, None], 'list[float | None]')": "array(1, null)",
}

# A Python identifier -> this language's function name: keywords and PHP's own functions (whatever the case)
# get a trailing underscore.
IDENTS = {
    "strlen": "strlen_",
    "Count": "Count_",
    "list": "list_",
    "echo": "echo_",
    "f": "f",
    "sort_array": "sort_array",
    "__TC_x": "__TC_x_",
}

# HumanEval problems with at least one check: MultiPL-E's published count for PHP, our bar.
HUMANEVAL_PROBLEMS = 161

# A failed check's value, {"k\"\n": [1.5, -2.0]}, read back through grammars/values_php.lark.
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2.0]}"
