"""How Java writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5L",
    "2**63 - 1": "9223372036854775807L",
    "-(2**63)": "-9223372036854775808L",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Double.POSITIVE_INFINITY",
    "-math.inf": "Double.NEGATIVE_INFINITY",
    "math.nan": "Double.NaN",
    "True": "true",
    "None": "Optional.empty()",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\001\\177"',
    "'é🎉'": '"\\u00e9\\ud83c\\udf89"',
    "(1, 'a')": 'Pair.with(1L, "a")',
    "(2,)": "Unit.with(2L)",
    "{3, 1}": "new HashSet<Long>(Arrays.asList(1L, 3L))",
    "[[1, 2], [3]]": "new ArrayList<ArrayList<Long>>(Arrays.asList(new ArrayList<Long>(Arrays.asList(1L, 2L)), new ArrayList<Long>(Arrays.asList(3L))))",
    "{'k': [1.5, None]}": 'new HashMap<String, ArrayList<Optional<Double>>>(Map.of("k", new ArrayList<Optional<Double>>(Arrays.asList(Optional.of(1.5), Optional.empty()))))',
    "{1: 'a'}": 'new HashMap<Long, String>(Map.of(1L, "a"))',
    "typed([], 'list[int]')": "new ArrayList<Long>()",
    "typed({}, 'dict[str, int]')": "new HashMap<String, Long>()",
    "typed([1, None], 'list[float | None]')": "new ArrayList<Optional<Double>>(Arrays.asList(Optional.of(1.0), Optional.empty()))",
    "typed((1, 2.5), 'tuple[float, float]')": "Pair.with(1.0, 2.5)",
    "typed(3, 'int | None')": "Optional.of(3L)",
    "typed({i: i for i in range(11)}, 'dict[int, int]')": "new HashMap<Long, Long>(Map.ofEntries("
    + ", ".join(f"Map.entry({i}L, {i}L)" for i in range(11))
    + "))",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "class": "class_",
    "int": "int_",
    "var": "var_",
    "null": "null_",
    "__tc_out": "__tc_out_",
    "String": "String",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 158
