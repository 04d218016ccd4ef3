"""The same Python assertion means the same thing in every language: run tiny solutions that return the
right value in each language's own idiom (a mutable hash, an association list in another order, a list
where R passed a vector...) and the wrong value, through the real interpreters."""

from __future__ import annotations

import pytest

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, read_suite, run_solution
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter

FLOATS = """
def add(a: float, b: float) -> float:
    ...

assert add(0.1, 0.2) == 0.3
assert add(0.1, 0.2) != 0.31
assert add(1e20, 1.0) == 1e20
assert abs(add(1.0, 0.5) - 1.5) < 1e-12
"""

ADD = {
    "py": "def add(a, b):\n    return a + b\n",
    "lua": "local function add(a, b)\n  return a + b\nend\n",
    "rkt": "#lang racket\n(define (add a b) (+ a b))\n",
    "ml": "let add (a : float) (b : float) : float = a +. b\n",
    "r": "add <- function(a, b) a + b\n",
    "jl": "function add(a::Float64, b::Float64)::Float64\n    a + b\nend\n",
}

COUNTS = """
def counts(words: list[str]) -> dict[str, int]:
    ...

assert counts(["b", "a", "b"]) == {"a": 1, "b": 2}
assert counts([]) == {}
assert counts(["x"]) != {"x": 2}
"""

# Each builds the dict in its own idiom and in an order other than the expected literal's.
COUNT = {
    "py": "def counts(words):\n    out = {}\n    for w in words:\n"
    "        out[w] = out.get(w, 0) + 1\n    return out\n",
    "lua": "local function counts(words)\n  local out = {}\n"
    "  for _, w in ipairs(words) do out[w] = (out[w] or 0) + 1 end\n  return out\nend\n",
    "rkt": "#lang racket\n(define (counts words)\n  (define h (make-hash))\n"
    "  (for ([w words]) (hash-update! h w add1 0))\n  h)\n",
    "ml": "let counts (words : string list) : (string * int) list =\n"
    "  List.fold_left (fun acc w -> match List.assoc_opt w acc with\n"
    "    | Some n -> (w, n + 1) :: List.remove_assoc w acc\n    | None -> (w, 1) :: acc) [] words\n",
    "r": "counts <- function(words) {\n  out <- list()\n"
    "  for (w in words) out[[w]] <- (if (is.null(out[[w]])) 0 else out[[w]]) + 1\n  out\n}\n",
    "jl": "function counts(words::Vector{String})::Dict{String, Int64}\n    out = Dict{String, Int64}()\n"
    "    for w in words\n        out[w] = get(out, w, 0) + 1\n    end\n    out\nend\n",
}

SHAPES = """
def pairs(n: int) -> list[tuple[int, int]]:
    ...

assert pairs(2) == [(0, 1), (1, 2)]
assert pairs(0) == []
assert pairs(1) != [(0, 2)]
"""

# Tuples in each language's idiom: R and Racket return lists or vectors, Julia a vector of vectors.
PAIRS = {
    "py": "def pairs(n):\n    return [(i, i + 1) for i in range(n)]\n",
    "lua": "local function pairs(n)\n  local out = {}\n  for i = 0, n - 1 do out[#out + 1] = {i, i + 1} end\n"
    "  return out\nend\n",
    "rkt": "#lang racket\n(define (pairs n) (for/list ([i n]) (vector i (+ i 1))))\n",
    "ml": "let pairs (n : int) : (int * int) list = List.init n (fun i -> (i, i + 1))\n",
    "r": "pairs <- function(n) lapply(seq_len(n) - 1, function(i) c(i, i + 1))\n",
    "jl": "function pairs(n::Int64)::Vector{Tuple{Int64, Int64}}\n    [(i, i + 1) for i in 0:n-1]\nend\n",
}


def _run(source: str, language: str, solution: str):  # type: ignore[no-untyped-def]
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    compiled = compile_suite(read_suite(source), language)
    assert not compiled.skipped
    return run_solution(compiled, solution)


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize(
    "source, solutions",
    [(FLOATS, ADD), (COUNTS, COUNT), (SHAPES, PAIRS)],
    ids=["float-tolerance", "dicts-by-content", "tuples-as-sequences"],
)
def test_idiomatic_right_answers_pass(source: str, solutions: dict[str, str], language: str) -> None:
    if language == "lua" and solutions is PAIRS:
        solutions = {**PAIRS, "lua": PAIRS["lua"].replace("pairs", "pairs_")}  # `pairs` is Lua's own
    outcome = _run(source, language, solutions[language])
    assert [r.status for r in outcome.checks] == ["pass"] * len(outcome.checks), outcome.checks
    assert outcome.status is Status.OK


WRONG = {
    "py": "def add(a, b):\n    return a + b + 1e-6\n",
    "lua": "local function add(a, b)\n  return a + b + 1e-6\nend\n",
    "rkt": "#lang racket\n(define (add a b) (+ a b 1e-6))\n",
    "ml": "let add (a : float) (b : float) : float = a +. b +. 1e-6\n",
    "r": "add <- function(a, b) a + b + 1e-6\n",
    "jl": "function add(a::Float64, b::Float64)::Float64\n    a + b + 1e-6\nend\n",
}


@pytest.mark.parametrize("language", languages())
def test_a_difference_beyond_the_tolerance_fails_the_same_checks_everywhere(language: str) -> None:
    outcome = _run(FLOATS, language, WRONG[language])
    assert [r.status for r in outcome.checks] == ["fail", "pass", "pass", "fail"]
    assert outcome.status is Status.ASSERTION_ERROR


READBACK = """
def split(s: str) -> dict[str, list[float]]:
    ...

assert split("k") == {"k": [1.0]}
"""

# Wrong answers, each in its language's own notation: {"k\\"\\n": [1.5, -2.0]}.
WRONG_SPLIT = {
    "py": "def split(s):\n    return {'k\"\\n': [1.5, -2.0]}\n",
    "lua": 'local function split(s)\n  return {["k\\"\\n"] = {1.5, -2.0}}\nend\n',
    "rkt": '#lang racket\n(define (split s) (hash "k\\"\\n" (list 1.5 -2.0)))\n',
    "ml": 'let split (s : string) : (string * float list) list = [("k\\"\\n", [1.5; -2.0])]\n',
    "r": 'split <- function(s) list("k\\"\\n" = c(1.5, -2))\n',
    "jl": "function split(s::String)::Dict{String, Vector{Float64}}\n"
    '    Dict("k\\"\\n" => [1.5, -2.0])\nend\n',
}
SHOWN = {
    "ml": "[('k\"\\n', [1.5, -2.0])]",  # an association list reads back as a list of pairs
    "r": "{'k\"\\n': [1.5, -2]}",  # R prints a whole double as an integer
}


@pytest.mark.parametrize("language", languages())
def test_a_failed_checks_value_reads_back_in_python_notation(language: str) -> None:
    outcome = _run(READBACK, language, WRONG_SPLIT[language])
    (check,) = outcome.checks
    assert check.status == "fail"
    assert check.actual == SHOWN.get(language, "{'k\"\\n': [1.5, -2.0]}")
