"""How Julia writes values: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "-9223372036854775808",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "Inf",
    "-math.inf": "-Inf",
    "True": "true",
    "None": "nothing",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$'": '"\\\\\\n\\t\\$"',
    "'\\x01\\x7f'": '"\\x01\\x7f"',
    "'é🎉'": '"\\u00e9\\U0001f389"',
    "(1, 'a')": '(1, "a")',
    "(2,)": "(2,)",
    "{3, 1}": "Set{Int64}([1, 3])",
    "[[1, 2], [3]]": "[[1, 2], [3]]",
    "{'k': [1.5, None]}": 'Dict{String, Vector{Union{Float64, Nothing}}}("k" => Union{Float64, Nothing}[1.5, nothing])',
    "[1, [2]]": "Union{Int64, Vector{Int64}}[1, [2]]",
    "{-1: []}": "Dict{Int64, Vector{Any}}(-1 => Any[])",
    "typed([1, None], 'list[float | None]')": "Union{Float64, Nothing}[1.0, nothing]",
}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 159
