"""How Ruby writes values and names: this language's rows of the table that tests/test_emitters.py checks
(a Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**64": "18446744073709551616",
    "-(2**70)": "-1180591620717411303424",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "1e+20": "1e+20",
    "math.inf": "Float::INFINITY",
    "-math.inf": "(-Float::INFINITY)",
    "math.nan": "Float::NAN",
    "True": "true",
    "None": "nil",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'#{x} #$y #@z'": '"\\#{x} \\#$y \\#@z"',
    "'\\\\\\n\\t\\x1b'": '"\\\\\\n\\t\\e"',
    "'\\x00\\x01\\x7f'": '"\\u0000\\u0001\\u007f"',
    "'é🎉'": '"\\u00e9\\u{1f389}"',
    "(1, 'a')": '[1, "a"]',
    "(2,)": "[2]",
    "()": "[]",
    "{3, 1}": "Set[1, 3]",
    "set()": "Set[]",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '{"k" => [1.5, nil]}',
    "{(1, 2): 'a'}": '{[1, 2] => "a"}',
    "{}": "{}",
    "[]": "[]",
    # an int in a float slot is a float: Ruby's / on two integers floors
    "typed([1, None], 'list[float | None]')": "[1.0, nil]",
    "typed(3, 'float')": "3.0",
}

# A Python identifier -> this language's (reserved words get a trailing underscore, capitals are lowered).
IDENTS = {
    "end": "end_",
    "begin": "begin_",
    "self": "self_",
    "ending": "ending",
    "N": "n",
    "Ñame": "ñame",
    "ǅx": "ǆx",
    "_x": "_x",
    "require": "require_",
    "to_s": "to_s_",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language (humaneval-rb).
HUMANEVAL_PROBLEMS = 161
