"""How Scala writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5l",
    "2**63 - 1": "9223372036854775807l",
    "-(2**63)": "-9223372036854775808l",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Double.PositiveInfinity",
    "-math.inf": "Double.NegativeInfinity",
    "math.nan": "Double.NaN",
    "True": "true",
    "None": "None",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\u0001\\u007f"',
    "'é🎉'": '"\\u00e9\\ud83c\\udf89"',
    "(1, 'a')": '(1l, "a")',
    "(2,)": "Tuple1(2l)",
    "{3, 1}": "Set[Long](1l, 3l)",
    "[[1, 2], [3]]": "List[List[Long]](List[Long](1l, 2l), List[Long](3l))",
    "{'k': [1.5, None]}": 'Map[String,List[Option[Double]]]("k" -> List[Option[Double]](Some(1.5), None))',
    "{1: 'a'}": 'Map[Long,String](1l -> "a")',
    "typed([], 'list[int]')": "List[Long]()",
    "typed({}, 'dict[str, int]')": "Map[String,Long]()",
    "typed([1, None], 'list[float | None]')": "List[Option[Double]](Some(1.0), None)",
    "typed((1, 2.5), 'tuple[float, float]')": "(1.0, 2.5)",
    "typed(3, 'int | None')": "Some(3l)",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "class": "class_",
    "def": "def_",
    "val": "val_",
    "type": "type_",
    "__tc_out": "__tc_out_",
    "String": "String",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 160
