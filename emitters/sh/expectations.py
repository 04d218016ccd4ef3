"""How Bash writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the bash word for its value, in MultiPL-E's encoding). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": '"-5"',
    "2**62 - 1": '"4611686018427387903"',
    "0.1": '"0.1"',
    "-0.0": '"-0.0"',
    "1e-06": '"1e-06"',
    "math.inf": '"inf"',
    "-math.inf": '"-inf"',
    "True": '"true"',
    "False": '"false"',
    "None": '"None"',
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'$x `y` !'": '"\\$x \\`y\\` !"',
    "'\\\\\\n\\t$'": "$'\\\\\\n\\t$'",
    "'\\x01\\x7f'": "$'\\x01\\x7f'",
    '"it\'s\\n"': "$'it\\'s\\n'",
    "'é🎉'": '"é🎉"',
    "(1, 'a')": '"1 a"',
    "(2,)": '"2"',
    "{3, 1}": '"1 3"',
    "[]": '""',
    "[[1, 2], [3]]": "$'1 2\\n3'",
    "{'a': 1, 'b': 2}": "$'a,1\\nb,2'",
    "{'k': [1.5, None]}": '"k,1.5 None"',
    "{-1: []}": '"-1,"',
    # an int in a float slot stays as it is written
    "typed([1, None], 'list[float | None]')": '"1 None"',
}

# A Python identifier -> this language's (reserved words and builtins get a trailing underscore).
IDENTS = {
    "echo": "echo_",
    "local": "local_",
    "done": "done_",
    "candidate": "candidate_",
    "ending": "ending",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for Bash (humaneval-sh).
HUMANEVAL_PROBLEMS = 158

# A failed check's value in Python notation (tests/test_semantics.py): the text split_wrong printed.
SPLIT_SHOWN = repr('k"\n,1.5 -2.0')
