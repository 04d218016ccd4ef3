"""How Ada writes values and names: this language's rows of the table that tests/test_emitters.py checks
(a Python expression -> the text this language writes for its value). A row missing here is not checked
for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**31 - 1": "2147483647",
    "-(2**31)": "-2147483648",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1.0e-06",
    "1e+16": "1.0e+16",
    "math.inf": "Tc_Prelude.Inf",
    "-math.inf": "(-Tc_Prelude.Inf)",
    "math.nan": "Tc_Prelude.Nan",
    "True": "True",
    "None": "(Valid => False)",
    "''": '""',
    "'a\"b'": '"a""b"',
    "'\\\\\\n\\t$'": '"\\" & Character\'Val (10) & Character\'Val (9) & "$"',
    "'\\x01\\x7f\\x00'": "\"\" & Character'Val (1) & Character'Val (127) & Character'Val (0)",
    "'é'": '"" & Character\'Val (233)',
    "(1, 'a')": '(Integer_1 => 1, Unbounded_String_2 => To_Unbounded_String ("a"))',
    "{3, 1}": "[1, 3]",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": '["k" => [(Valid => True, Value => 1.5), (Valid => False)]]',
    "{1: 'a'}": '[1 => "a"]',
    "typed([], 'list[int]')": "[]",
    "typed({}, 'dict[str, int]')": "[]",
    "typed(set(), 'set[str]')": "[]",
    "typed([1, None], 'list[float | None]')": "[(Valid => True, Value => 1.0), (Valid => False)]",
    "typed(['a'], 'list[str]')": '[To_Unbounded_String ("a")]',
}

# A Python identifier -> this language's (Ada case; reserved words and our unit names get "My_").
IDENTS = {
    "end": "My_End",
    "type": "My_Type",
    "main": "My_Main",
    "sort_array": "Sort_Array",
    "sortArray": "Sort_Array",
    "_x": "X",
    "a__b": "A_B",
    "string": "My_String",
    "tc_v": "My_Tc_V",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 157
