"""How C++ writes values and names: this language's rows of the table that tests/test_emitters.py checks (a
Python expression -> the text this language writes for its value). A row missing here is not checked for
this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "3000000000": "3000000000L",
    "-(2**63)": "(-9223372036854775807L - 1)",
    "0.1": "0.1f",
    "-0.0": "-0.0f",
    "1e-06": "1e-06f",
    "math.inf": "std::numeric_limits<float>::infinity()",
    "-math.inf": "(-std::numeric_limits<float>::infinity())",
    "math.nan": "std::numeric_limits<float>::quiet_NaN()",
    "True": "true",
    "typed(None, 'int | None')": "std::nullopt",
    "typed(3, 'int | None')": "std::optional<long>(3)",
    "''": '""',
    "'a\"b'": '"a\\"b"',
    "'\\\\\\n\\t$?'": '"\\\\\\n\\t$\\?"',
    "'\\x01\\x7f'": '"\\001\\177"',
    "'a\\x00b'": 'std::string("a\\000b", 3)',
    "'é🎉'": '"é🎉"',
    "(1, 'a')": 'std::tuple<long, std::string>(1, "a")',
    "(2,)": "std::tuple<long>(2)",
    "{3, 1}": "std::set<long>({1, 3})",
    "[[1, 2], [3]]": "std::vector<std::vector<long>>({std::vector<long>({1, 2}), std::vector<long>({3})})",
    "{'k': [1.5, None]}": 'std::map<std::string, std::vector<std::optional<float>>>({{"k", std::vector<std::optional<float>>({std::optional<float>(1.5f), std::nullopt})}})',
    "{1: 'a'}": 'std::map<long, std::string>({{1, "a"}})',
    "[1, [2]]": "{1, {2}}",
    "typed({-1: []}, 'dict[int, list[int]]')": "std::map<long, std::vector<long>>({{-1, std::vector<long>()}})",
    "typed([], 'list[str]')": "std::vector<std::string>()",
    "typed({}, 'dict[str, int]')": "std::map<std::string, long>()",
    "typed(set(), 'set[int]')": "std::set<long>()",
    "typed([1, None], 'list[float | None]')": "std::vector<std::optional<float>>({std::optional<float>(1.0f), std::nullopt})",
    "typed((1, 2.5), 'tuple[int, float] | None')": "std::optional<std::tuple<long, float>>(std::tuple<long, float>(1, 2.5f))",
}

# A Python identifier -> this language's: keywords, std, main, C library functions and the harness's names
# get an underscore; MultiPL-E's two renamings are kept.
IDENTS = {"int": "int_", "operator": "op", "strlen": "string_length", "index": "index_", "main": "main_", "std": "std_", "candidate": "candidate_",
          "_x": "_x"}  # fmt: skip

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 161
