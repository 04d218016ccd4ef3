"""How C# writes values and names: this language's rows of the table that tests/test_emitters.py checks (a
Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5L",
    "2**63 - 1": "9223372036854775807L",
    "-(2**63)": "long.MinValue",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "double.PositiveInfinity",
    "-math.inf": "double.NegativeInfinity",
    "math.nan": "double.NaN",
    "True": "true",
    "None": "null",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\u0001\\u007f"',
    "'é🎉'": '"\\u00e9\\U0001f389"',
    "(1, 'a')": 'new Tuple<long, string>(1L, "a")',
    "(2,)": "new Tuple<long>(2L)",
    "{3, 1}": "new HashSet<long>{1L, 3L}",
    "[[1, 2], [3]]": "new List<List<long>>{new List<long>{1L, 2L}, new List<long>{3L}}",
    "{'k': [1.5, None]}": 'new Dictionary<string, List<Nullable<double>>>{{"k", new List<Nullable<double>>{1.5, null}}}',
    "{1: 'a'}": 'new Dictionary<long, string>{{1L, "a"}}',
    "{(1, 2): True}": "new Dictionary<Tuple<long, long>, bool>{{new Tuple<long, long>(1L, 2L), true}}",
    "typed([], 'list[int]')": "new List<long>()",
    "typed({}, 'dict[str, int]')": "new Dictionary<string, long>()",
    "typed(set(), 'set[str]')": "new HashSet<string>()",
    "typed([1, None], 'list[float | None]')": "new List<Nullable<double>>{1.0, null}",
    "typed((1, [2.5]), 'tuple[int, list[float]]')": "new Tuple<long, List<double>>(1L, new List<double>{2.5})",
    "typed((1, 2), 'tuple[int, ...]')": "new List<long>{1L, 2L}",
    "typed(None, 'int | None')": "null",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {
    "string": "string_",
    "base": "base_",
    "default": "default_",
    "object": "object_",
    "Main": "Main",
    "value": "value",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 158
