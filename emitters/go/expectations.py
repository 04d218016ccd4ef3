"""How Go writes values and names: this language's rows of the table that tests/test_emitters.py checks (a
Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**63 - 1": "9223372036854775807",
    "-(2**63)": "-9223372036854775808",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "__tc_math.Inf(1)",
    "-math.inf": "__tc_math.Inf(-1)",
    "math.nan": "__tc_math.NaN()",
    "True": "true",
    "None": "nil",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t$"',
    "'\\x01\\x7f'": '"\\x01\\x7f"',
    "'é🎉'": '"\\u00e9\\U0001f389"',
    "(1, 'a')": '[]interface{}{1, "a"}',
    "(2,)": "[]interface{}{2}",
    "{3, 1}": "map[int]struct{}{1: {}, 3: {}}",
    "[[1, 2], [3]]": "[][]int{[]int{1, 2}, []int{3}}",
    "{'k': [1.5, None]}": 'map[string][]*float64{"k": []*float64{__tc_ptr[float64](1.5), nil}}',
    "{1: 'a'}": 'map[int]string{1: "a"}',
    "typed([], 'list[int]')": "[]int{}",
    "typed({}, 'dict[str, int]')": "map[string]int{}",
    "typed([1, None], 'list[float | None]')": "[]*float64{__tc_ptr[float64](1.0), nil}",
}

# A Python identifier -> this language's (keywords and predeclared names get a trailing underscore;
# MultiPL-E's own four renamings are kept).
IDENTS = {
    "func": "func_",
    "range": "range_",
    "len": "len_",
    "string": "myString",
    "int": "myInt",
    "main": "main_",
    "fmt": "fmt_",
    "_x": "_x",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 154

# split_wrong's {"k\"\n": [1.5, -2.0]}: Go prints -2.0 as -2.0 (an integral float gets ".0").
SPLIT_SHOWN = "{'k\"\\n': [1.5, -2.0]}"
