"""How OCaml writes values: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "(-5)",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "(-9223372036854775808)",
    "0.1": "0.1",
    "-0.0": "(-0.0)",
    "1e-06": "1e-06",
    "math.inf": "infinity",
    "-math.inf": "neg_infinity",
    "True": "true",
    "None": "()",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\001\\127"',
    "'é🎉'": '"\\195\\169\\240\\159\\142\\137"',
    "(1, 'a')": '(1, "a")',
    "(2,)": "2",
    "{3, 1}": "[1; 3]",
    "[[1, 2], [3]]": "[[1; 2]; [3]]",
    "{'k': [1.5, None]}": '[("k", [(Some 1.5); None])]',
    "[1, [2]]": "[1; [2]]",
    "{-1: []}": "[((-1), [])]",
    "typed([1, None], 'list[float | None]')": "[(Some 1.0); None]",
}

# How SEMANTICS['split_wrong'] (samples.py) reads back in Python notation: an association list reads back as a list of pairs.
SPLIT_SHOWN = "[('k\"\\n', [1.5, -2.0])]"

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 155
