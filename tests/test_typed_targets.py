"""What typed and comment-fragile targets need: OCaml's type precedence and untypable checks, comments that
no docstring can break, Julia's typed empties, R's shapes from types."""

from __future__ import annotations

import pytest
from test_hostile import FINISHES

from emitters import get_emitter, languages
from ir import parse_type
from testcompiler import InterpreterMissing, Status, read_suite, run_stub
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter


@pytest.mark.parametrize(
    "python, ocaml",
    [
        ("list[tuple[int, int]]", "(int * int) list"),
        ("tuple[int, list[int]]", "int * int list"),
        ("tuple[int, tuple[str, float]]", "int * (string * float)"),
        ("list[int | None] | None", "int option list option"),
        ("dict[str, list[float]]", "(string * float list) list"),
        ("list[tuple[int, ...]]", "int list list"),
        ("tuple[int, int] | None", "(int * int) option"),
        ("set[str]", "string list"),
    ],
)
def test_ocaml_types_print_with_correct_precedence(python: str, ocaml: str) -> None:
    assert get_emitter("ml").type_text(parse_type(python)) == ocaml  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "python, julia",
    [
        ("list[int]", "Vector{Int64}"),
        ("dict[str, list[float]] | None", "Union{Dict{String, Vector{Float64}}, Nothing}"),
        ("tuple[int, str]", "Tuple{Int64, String}"),
        ("set[bool]", "Set{Bool}"),
    ],
)
def test_julia_types(python: str, julia: str) -> None:
    assert get_emitter("jl").type_text(parse_type(python)) == julia  # type: ignore[attr-defined]


def test_ocaml_writes_optionals_negatives_and_floats_from_types() -> None:
    suite = read_suite(
        "from typing import Optional\n"
        "def f(xs: list[float], k: Optional[int] = None) -> list[Optional[int]]:\n    ...\n"
        "assert f([1, -2], -3) == [None, -4]\n"
    )
    harness = compile_suite(suite, "ml").harness
    assert "f [1.0; (-2.0)] (Some (-3))" in harness
    assert "[None; (Some (-4))]" in harness
    prompt = compile_suite(suite, "ml").prompt
    assert prompt.endswith("let f (xs : float list) (k : int option) : int option list =\n")


def test_ocaml_diagnoses_each_untypable_check_and_keeps_the_rest() -> None:
    suite = read_suite(
        "def f(x):\n    ...\n"
        "assert f(1) == 2\nassert f(2) == 3\nassert f('a') == 'b'\n"
        "assert f(3) == [1, 'x']\nassert f(4) is None\n"
    )
    compiled = compile_suite(suite, "ml")
    assert [c.span.line for c in compiled.checks] == [3, 4]
    reasons = {d.span.line: d.message for d in compiled.skipped if d.span}
    assert set(reasons) == {5, 6, 7}
    assert "'a' is not a int" in reasons[5]
    assert "never None" in reasons[7]
    assert "let f (x : int) : int =" in compiled.prompt


def test_julia_writes_typed_empties_and_escapes_dollar() -> None:
    suite = read_suite(
        "def f(xs: list[int], d: dict[str, int]) -> str:\n    ...\nassert f([], {}) == '$x \\\\ y'\n"
    )
    harness = compile_suite(suite, "jl").harness
    assert 'f(Int64[], Dict{String, Int64}()), :equals, "\\$x \\\\ y"' in harness


def test_r_shapes_come_from_types_and_int_keyed_dicts_are_diagnosed() -> None:
    suite = read_suite(
        "def f(xs: list[str], ys: list[list[int]]) -> dict[int, str]:\n    ...\n"
        "assert f([], [[1], []]) is not None\nassert f(['a'], []) == {1: 'a'}\n"
    )
    compiled = compile_suite(suite, "r")
    assert "f(character(0), list(c(1), numeric(0)))" in compiled.harness
    assert [d.message for d in compiled.skipped] == [
        "R: R names are strings: a dict with non-string keys has no R form"
    ]


NASTY_DOCSTRING = '''
def f(x: int) -> int:
    """Nasty: "unbalanced quote, (* open comment, *) close, {| quoted |} and {id|x|id}, #| block |#,
    --[[ lua block ]], backslash \\\\ and $dollar, triple \\"\\"\\" quotes, \'\'\' too.
    >>> f(1)
    2
    """

assert f(1) == 2
'''


@pytest.mark.parametrize("language", [lang for lang in languages() if lang != "py"])
def test_no_docstring_can_break_the_prompt_comment(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    compiled = compile_suite(read_suite(NASTY_DOCSTRING), language)
    outcome = run_stub(compiled, timeout=FINISHES)
    assert outcome.status in (Status.ASSERTION_ERROR, Status.EXCEPTION), outcome.stderr


def test_python_prompt_keeps_a_nasty_docstring_parseable() -> None:
    compiled = compile_suite(read_suite(NASTY_DOCSTRING), "py")
    compile(compiled.prompt + "    return 2\n", "<prompt>", "exec")
