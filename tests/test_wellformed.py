"""Every program we emit is well-formed in its language, for any suite the frontend accepts (hypothesis):
Unicode names, strings with NUL and lone surrogates, docstrings with control characters, deep nesting and
long literals. Each stub program is asked of its own language's parser in the sandbox; a value a language
cannot write is a skipped check with its reason, never a broken program.

Every language that starts fast parses every suite. A slow-starting one (a JVM, a compiler per program:
tests/sampling.py) parses one suite in SHARE, on a diagonal that moves with the seed (sampling.cover): every
such language parses some of the suites of each test in every run, every fuzzing find meets some of them, and
TESTCOMPILER_FULL=1 asks all. (All of them, all the time, was about 250 s of CI's time: a JVM start per suite
in Kotlin, Scala and Java, and a minute of g++ for C++'s 60-deep vector.)"""

from __future__ import annotations

import keyword
from collections.abc import Callable

import pytest
from corpus import installed
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sampling import SHARE, cover, diagonal, slow_starting

from testcompiler import FrontendError, read_suite, stub_program
from testcompiler.run.executor import parses

# Letters of other scripts, which Python accepts in names and several targets do not.
NAME = st.from_regex(r"[a-zA-Zéλñ_][a-zA-Z0-9éλñ_]{0,6}", fullmatch=True).filter(
    lambda n: n.isidentifier() and not keyword.iskeyword(n) and n not in ("print", "str", "int", "list")
)
TEXT = st.text(st.characters(codec=None), max_size=12) | st.sampled_from(["\0", "\ud800", "a\x7fb", "\u2028"])
SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | TEXT
HASHABLE = st.none() | st.booleans() | st.integers(-5, 5) | TEXT


def values(depth: int = 3) -> st.SearchStrategy[object]:
    return st.recursive(
        SCALARS,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.tuples(inner, inner)
            | st.dictionaries(HASHABLE, inner, max_size=3)
            | st.frozensets(HASHABLE, max_size=3).map(set)
        ),
        max_leaves=8,
    )


def deep(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def suites(draw: st.DrawFn) -> str:
    name = draw(NAME)
    params = draw(st.lists(NAME, min_size=1, max_size=2, unique=True).filter(lambda ps: name not in ps))
    doc = draw(TEXT)
    lines = [f"def {name}({', '.join(params)}):", f"    {doc!r}", "    ...", ""]
    for _ in range(draw(st.integers(1, 3))):
        args = [draw(values() | st.sampled_from([deep(60), list(range(20_000))])) for _ in params]
        expected = draw(values())
        lines.append(f"assert {name}({', '.join(map(repr, args))}) == {expected!r}")
    return "\n".join(lines) + "\n"


INSTALLED = installed()


SLOW = [e.name for e in INSTALLED if slow_starting(e.name)]


def assert_parses_everywhere(source: str, today: Callable[[str], bool]) -> None:
    """In every installed language that ``today`` holds."""
    try:
        suite = read_suite(source)
    except FrontendError:
        return  # not a suite the frontend accepts: reported as a reject, not emitted
    for emitter in INSTALLED:
        if not today(emitter.name):
            continue
        compiled = emitter.compile(suite)
        if not compiled.checks:
            continue
        ok, complaint = parses(stub_program(compiled), emitter, timeout=60)
        assert ok, f"{emitter.name}: {complaint.strip()[-400:]}\n--- suite:\n{source[:2000]}"


# What fuzzing found, each once in every language: names of other scripts (Lua, OCaml), NUL and a lone
# surrogate in strings and docstrings (Python, Racket, OCaml), nesting R's parser cannot take, a list
# literal ocamlc's cannot, an empty tuple, and None where OCaml settles a union on one member (OCaml).
FOUND = {
    "unicode_names": "def café(λ):\n    ...\nassert café(1) == 1\n",
    "nul_and_surrogate_strings": 'def f(x):\n    ...\nassert f("a\\0b") == "\\ud800"\n',
    "docstring_controls": 'def f(x):\n    "a\\0b\\r\\x1b\\ud800"\n    ...\nassert f(1) == 1\n',
    "deep_nesting": "def f(x):\n    ...\nassert f(" + "[" * 60 + "1" + "]" * 60 + ") == 1\n",
    "long_literal": f"def f(x):\n    ...\nassert f([1]) == 1\nassert f({list(range(30_000))!r}) == 1\n",
    "empty_tuple": "def f(x):\n    ...\nassert f(1) == ()\nassert f(2) == 2\n",
    "underscore_digit_name": "def f(_1x, __y):\n    ...\nassert f(1, 2) == 1\n",
    "named_like_a_harness_local": "def V(tol):\n    ...\nassert V(1.5) == 1.5\nassert V(2.0)\n",
    "none_in_a_union": "def f(x: int | None | str) -> int:\n    ...\nassert f(None) == 1\nassert f(1) == 2\n",
}
FOUND_TODAY = cover(list(FOUND), SLOW, SHARE)
# Each generated suite's number, in the order first seen: a slow-starting language parses the suites on its
# diagonal, and a suite hypothesis runs again (to report a failure) keeps its number.
EXAMPLES: dict[str, int] = {}


@pytest.mark.long
@pytest.mark.skipif(not INSTALLED, reason="no target language's runtime is installed")
@pytest.mark.parametrize("name", FOUND)
def test_what_fuzzing_found_parses_everywhere(name: str) -> None:
    assert_parses_everywhere(
        FOUND[name], lambda language: language not in SLOW or (name, language) in FOUND_TODAY
    )


@pytest.mark.long
@pytest.mark.skipif(not INSTALLED, reason="no target language's runtime is installed")
# No shrinking: each example asks every installed parser, and the failure shows its whole suite anyway.
@settings(
    max_examples=10,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(source=suites())
def test_every_emitted_program_parses_in_its_language(source: str) -> None:
    n = EXAMPLES.setdefault(source, len(EXAMPLES))
    assert_parses_everywhere(source, lambda lang: lang not in SLOW or diagonal(n, SLOW.index(lang), SHARE))
