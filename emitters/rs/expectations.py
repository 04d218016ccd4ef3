"""How Rust writes values and names: this language's rows of the table that tests/test_emitters.py
checks (a Python expression -> the text this language writes for its value). A row missing here is
not checked for this language; ``typed(obj, type)`` is ``obj`` fitted into a slot of that type."""

VALUES = {
    "-5": "-5",
    "2**62 - 1": "4611686018427387903",
    "-(2**63)": "isize::MIN",
    "0.1": "0.1",
    "-0.0": "-0.0",
    "1e-06": "1e-06",
    "math.inf": "f64::INFINITY",
    "-math.inf": "f64::NEG_INFINITY",
    "math.nan": "f64::NAN",
    "True": "true",
    "None": "()",
    "''": 'String::from("")',
    "'a\"b'": 'String::from("a\\"b")',
    "'\\\\\\n\\t$'": 'String::from("\\\\\\n\\t$")',
    "'\\x01\\x7f\\x00'": 'String::from("\\x01\\x7f\\0")',
    "'é🎉'": 'String::from("\\u{00e9}\\u{1f389}")',
    "(1, 'a')": '(1, String::from("a"))',
    "(2,)": "(2,)",
    "{3, 1}": "HashSet::from([1, 3])",
    "[[1, 2], [3]]": "vec![vec![1, 2], vec![3]]",
    "{'k': [1.5, None]}": 'HashMap::from([(String::from("k"), vec![Some(1.5), None])])',
    "{1: 'a'}": 'HashMap::from([(1, String::from("a"))])',
    "{-1: []}": "HashMap::from([(-1, Vec::new())])",  # an element type nothing names: inferred by rustc
    "typed([], 'list[int]')": "Vec::<isize>::new()",
    "typed({}, 'dict[str, int]')": "HashMap::<String, isize>::new()",
    "typed(set(), 'set[str]')": "HashSet::<String>::new()",
    "typed([1, None], 'list[float | None]')": "vec![Some(1.0), None]",
    "typed((1, None), 'tuple[int, int | None]')": "(1, None)",
}

# A Python identifier -> this language's (reserved words get a trailing underscore).
IDENTS = {"fn": "fn_", "match": "match_", "main": "main_", "type": "type_", "self": "self_", "_x": "_x"}

# HumanEval problems with at least one check: MultiPL-E's published count for this language, our bar.
HUMANEVAL_PROBLEMS = 156
