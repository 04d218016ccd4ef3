"""The base emitter: dispatch on IR node type, Jinja templates, and what every harness shares.

A language subclass overrides only what differs (sqlglot's dialect generators are the model): value
spellings, string escaping, identifier sanitising, its templates, and its capabilities as class attributes.
"""

from __future__ import annotations

import importlib
import math
import re
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import jinja2

from ir import (
    DEFAULT_TOLERANCE,
    BoolValue,
    Check,
    Diagnostic,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    Relation,
    SetValue,
    Signature,
    StrValue,
    Suite,
    Tolerance,
    TupleValue,
    Value,
    to_data,
)

NONCE_VARIABLE = "TESTCOMPILER_NONCE"
DEFAULT_NONCE = "testcompiler"
# The most bytes a program may write to any one file, its stdout and stderr included: the sandbox's
# RLIMIT_FSIZE. Here, so that a run command that builds under a larger limit (Runtime.build_file_limit) can
# lower it back to this before it starts the program.
OUTPUT_LIMIT = 1 << 20


@dataclass(frozen=True)
class Compiled:
    """One suite in one language: MultiPL-E's ``prompt`` + ``tests`` (the harness) + ``stop_tokens``."""

    language: str
    name: str
    entry_point: str
    prompt: str
    harness: str
    stop_tokens: tuple[str, ...]
    checks: tuple[Check, ...]  # the checks the harness runs, in the order of its result lines (1-based)
    emitter: Emitter = field(repr=False, compare=False)  # the language's, so nothing looks it up again
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    # The same calls, printing what each returned for the executor to judge: no expected value inside.
    observer: str = ""
    tolerance: Tolerance = DEFAULT_TOLERANCE  # the suite's, for checks without one of their own

    @property
    def skipped(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.skipped)

    def to_record(self) -> dict[str, object]:
        """MultiPL-E's record schema, plus what we know about what was kept and skipped, and what
        ``evaluate`` needs to judge a completion outside its program: the observing harness and the checks'
        expectations."""
        return {
            "name": self.name,
            "language": self.language,
            "prompt": self.prompt,
            "tests": self.harness,
            "observer": self.observer,
            "expectations": {"checks": to_data(self.checks), "tolerance": to_data(self.tolerance)},
            "stop_tokens": list(self.stop_tokens),
            "entry_point": self.entry_point,
            "checks": len(self.checks),
            "skipped": [
                {
                    "line": d.span.line if d.span else None,
                    "col": d.span.col if d.span else None,
                    "code": d.code,
                    "reason": d.message,
                }
                for d in self.skipped
            ],
        }


@dataclass(frozen=True)
class WarmWorker:
    """A long-running interpreter that forks a fresh copy of itself for every program (testcompiler.run.warm);
    its script lies in the language's folder."""

    script: str  # file name in emitters/<key>/
    args: tuple[str, ...]  # after the executable, with {worker} for the script, {interpreter} for its path
    preloads_prelude: bool = False  # the harness prelude is loaded once; programs arrive without it
    # the worker gets the harness prelude to warm itself up with before its first fork (Racket: a first
    # module's expansion); programs still arrive whole
    warms_up: bool = False
    # A command (with {interpreter}) printing NAME=VALUE lines: EXECUTABLE, what to start the worker with
    # instead of the interpreter, and variables it needs. For interpreters started through a shell script,
    # which would reset the worker's untraceable groups (testcompiler.run.sandbox.preexec).
    launcher: tuple[str, ...] = ()
    # Words that send a program to a process of its own: what the worker cannot run as a process would
    # (OCaml's worker has Unix loaded and, being untraceable, an environment that Sys.getenv cannot read).
    process_only: tuple[str, ...] = ()
    # Words that send a program to a process of its own when the solution (what comes before the preloaded
    # prelude) holds them: OCaml's "__tc_", the prelude's names, which `ocaml main.ml` has not bound there.
    solution_process_only: tuple[str, ...] = ()
    # The program's exit status is what the worker wrote to <job>/.status, not the number its DONE answer
    # carries (R's worker: a forked R ends through quit(), which writes it there).
    status_file: bool = False
    # What runs as the worker where it is neither the interpreter nor a launcher's choice: a worker built
    # once per machine (Lua's, a C program: Lua cannot fork)
    executable: str = ""
    # Variables the worker is started with (OCaml's: where its compile server and compiled prelude lie)
    env: tuple[tuple[str, str], ...] = ()


def _unchanged(program: str) -> str:
    return program


@dataclass(frozen=True)
class WarmCompiler:
    """A long-running compiler that compiles program after program (testcompiler.run.compiler), so that each
    program does not pay a compiler's start; the program then runs from the files it made, in a process of its
    own. The server never runs the program: it is sandboxed as a program is all the same."""

    script: str  # the server's source in emitters/<key>/, speaking testcompiler.run.compiler's protocol
    args: tuple[str, ...]  # after the executable: {server} for the script, {token} for the answers' token
    # argv running the compiled program from its directory, the compiled files in ./classes: {main} is what
    # the server names to run (Java: the first top-level class)
    run: tuple[str, ...]
    # the program as the compiler gets it (Java: the prelude cut out and imported, as `run` does)
    source: Callable[[str], str] = _unchanged
    # the program that runs the server where it is not the runtime's interpreter (Kotlin's: java, where the
    # interpreter is the kotlinc script)
    executable: str = ""


@dataclass(frozen=True)
class Install:
    """How a fresh Debian machine gets the language's runtime: scripts/setup.sh installs what
    ``testcompiler langs --install-plan`` lists from every bundle."""

    debian: tuple[str, ...] = ()  # apt-get packages
    npm: tuple[str, ...] = ()  # npm packages, installed inside the project (node_modules/)
    unavailable: str = ""  # why it cannot be installed here, and where to get it
    # apt-get packages the runtime runs faster with (what its warm worker is built from): installed where
    # missing even when the runtime itself is there
    speedups: tuple[str, ...] = ()

    @property
    def hint(self) -> str:
        """One line for a user whose machine lacks the runtime."""
        if self.unavailable:
            return self.unavailable
        steps = [f"apt-get install {' '.join(self.debian)}"] if self.debian else []
        steps += [f"npm install {' '.join(self.npm)}"] if self.npm else []
        return "; ".join(steps)


class LazyRuntime:
    """An emitter's ``runtime`` built on first use, by ``build`` (cached there): for a language whose runtime
    looks for its compiler's files or names what ``prepare()`` compiles once per machine (seconds where it is
    missing), which importing the emitter should not cost."""

    def __init__(self, build: Callable[[], Runtime]) -> None:
        self.build = build

    def __get__(self, obj: object, owner: type | None = None) -> Runtime:
        return self.build()


@dataclass(frozen=True)
class Runtime:
    """How the executor runs a program of this language; it knows languages only through this."""

    interpreters: tuple[str, ...]  # executables to look for on PATH, first found wins
    run: tuple[str, ...]  # argv, with {interpreter} and {file}
    parse_only: tuple[str, ...]  # argv that exits non-zero exactly when {file} does not parse/compile
    install: Install = field(default_factory=Install)
    # Runtimes that reserve large virtual address ranges up front fail under an address-space limit.
    limit_address_space: bool = True
    startup_seconds: float = 0.0  # added to every time limit: a slow start is not the program's fault
    version: tuple[str, ...] = ("{interpreter}", "--version")  # what identifies the interpreter in caches
    worker: WarmWorker | None = None
    compiler: WarmCompiler | None = None  # compiles in a warm process; `run` stays the way without it
    # The command MultiPL-E's evaluator runs, where `run` is a faster equivalent of it (a tuned JVM): the
    # baseline that bench/executor.py measures against. Empty: `run` itself.
    plain: tuple[str, ...] = ()
    # Added to the baseline's time limit on top of startup_seconds, where MultiPL-E's command starts slower
    # than `run` (TypeScript's JavaScript compiler: seconds on a loaded machine).
    plain_startup_seconds: float = 0.0
    # Files or folders of this checkout that the program reads (a compiler installed in node_modules/): the
    # sandbox, which hides the checkout, shows these read-only at their own place.
    reads: tuple[str, ...] = ()
    # The file-size limit (RLIMIT_FSIZE, bytes) the sandbox gives the whole `run` and `parse_only` commands,
    # where their build writes a file larger than a program may (a statically linked binary). `run` must
    # then lower it, soft and hard, to OUTPUT_LIMIT right before it starts the program, which so writes
    # under the same limit as in any other language. None: OUTPUT_LIMIT throughout.
    build_file_limit: int | None = None


# The method that writes each kind of IR value; every language provides each (Emitter.missing).
VALUE_METHODS: dict[type[Value], str] = {
    IntValue: "emit_int",
    FloatValue: "emit_float",
    BoolValue: "emit_bool",
    StrValue: "emit_str",
    NoneValue: "emit_none",
    ListValue: "emit_list",
    TupleValue: "emit_tuple",
    SetValue: "emit_set",
    DictValue: "emit_dict",
}

# The class attributes a language must set (the rest have defaults here; none_literal is needed unless the
# language writes None in its own emit_none).
REQUIRED_ATTRIBUTES = (
    "name", "display", "file_ext", "stop_tokens", "runtime", "stub_body", "comment_prefix", "nan_literal",
    "inf_literal", "neg_inf_literal",
)  # fmt: skip


class Emitter(ABC):
    name: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()
    display: ClassVar[str]
    file_ext: ClassVar[str]
    stop_tokens: ClassVar[tuple[str, ...]]
    # How its harness prints values, read back by grammars/values_<notation>.lark (the language key, unless
    # it prints another language's notation) with strings read as "backslash" (C-like escapes), "python"
    # (Python literals) or "decimal" (\ddd is a decimal byte, and the bytes are UTF-8: OCaml).
    notation: ClassVar[str | None] = None
    string_reading: ClassVar[str] = "backslash"
    runtime: ClassVar[Runtime]
    stub_body: ClassVar[str]  # completes the prompt into a function that returns nothing
    comment_prefix: ClassVar[str]
    int_bits: ClassVar[int | None] = 64  # None: unbounded integers
    # What the language's own reader cannot take: beyond these, a check is skipped with the reason rather
    # than emitted as a program that does not parse. None: no limit known.
    max_depth: ClassVar[int | None] = None  # containers nested in one literal
    max_items: ClassVar[int | None] = None  # items in one container literal
    ascii_identifiers: ClassVar[bool] = False  # names are ASCII only: others are spelled _u<hex>
    lone_surrogates: ClassVar[bool] = False  # a string may hold a lone surrogate (U+D800...U+DFFF)
    reserved: ClassVar[frozenset[str]] = frozenset()
    # Global names the harness calls after the solution is loaded: a solution defining one would hijack it.
    harness_names: ClassVar[frozenset[str]] = frozenset()
    multipl_t: ClassVar[bool] = False  # one of MultiPL-T's targets: the pipeline's default languages
    # Whole-word rewording of Python vocabulary in the prompt (MultiPL-E's convention).
    vocabulary: ClassVar[dict[str, str]] = {}

    # What the language's values cannot tell apart, for judging printed values (testcompiler.run.judge).
    sequences_alike: ClassVar[bool] = True  # a list equals a tuple with equal items
    bool_is_int: ClassVar[bool] = True  # True == 1, as in Python
    none_is_false: ClassVar[bool] = False  # the language's false stands for None (Racket's #f)
    tables: ClassVar[bool] = False  # lists, dicts and sets are one kind of table, None a hole (Lua)
    vectors: ClassVar[bool] = False  # a scalar is a one-element vector, NULL any empty container (R)
    sets_as_lists: ClassVar[bool] = False  # sets are lists, compared as sets
    # Its observing harness reports an exception as "<class names of its MRO, comma-separated> <message>",
    # so an expected exception's class is checked (elsewhere any exception satisfies `raises`).
    names_exceptions: ClassVar[bool] = False
    dicts_as_lists: ClassVar[bool] = False  # dicts are association lists, compared as sets of pairs
    arrays: ClassVar[bool] = False  # one kind of array (PHP): keyed 0..n-1 it is a list; as a set, its values
    # a string that spells a decimal number equals that number (Perl's scalars: "3" from split is 3)
    numeric_strings: ClassVar[bool] = False

    @property
    def value_grammar(self) -> str:
        """The file in grammars/ that reads back the values this language's harness prints."""
        return f"values_{self.notation or self.name}.lark"

    # --- values -----------------------------------------------------------------------------------------

    # The spellings of the scalar constants.
    true_literal: ClassVar[str] = "true"
    false_literal: ClassVar[str] = "false"
    none_literal: ClassVar[str]
    nan_literal: ClassVar[str]
    inf_literal: ClassVar[str]
    neg_inf_literal: ClassVar[str]

    # {value kind: method}, built once per class from VALUE_METHODS.
    _writers: ClassVar[dict[type[Value], Callable[[Emitter, Any], str]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._writers = {kind: getattr(cls, method) for kind, method in VALUE_METHODS.items()}

    @classmethod
    def missing(cls) -> list[str]:
        """What this language lacks of what every language must provide: abstract methods, unset
        attributes."""
        lacking = sorted(getattr(cls, "__abstractmethods__", ()))
        return lacking + [name for name in REQUIRED_ATTRIBUTES if not hasattr(cls, name)]

    def value(self, v: Value) -> str:
        """``v`` in this language's syntax, by the method its kind has (``IntValue`` -> ``emit_int``)."""
        return self._writers[type(v)](self, v)

    def emit_int(self, v: IntValue) -> str:
        return str(v.value)

    def emit_float(self, v: FloatValue) -> str:
        return self.float_literal(v.value)

    def emit_bool(self, v: BoolValue) -> str:
        return self.true_literal if v.value else self.false_literal

    def emit_str(self, v: StrValue) -> str:
        return self.string(v.value)

    def emit_none(self, v: NoneValue) -> str:
        return self.none_literal

    @abstractmethod
    def emit_list(self, v: ListValue) -> str: ...

    @abstractmethod
    def emit_tuple(self, v: TupleValue) -> str: ...

    @abstractmethod
    def emit_set(self, v: SetValue) -> str: ...

    @abstractmethod
    def emit_dict(self, v: DictValue) -> str: ...

    def unsupported_value(self, v: Value) -> str | None:
        """Why this language cannot write ``v`` down, or None. Subclasses extend ``check_value``."""
        if self.max_depth is not None and (deep := depth(v)) > self.max_depth:
            return f"nested {deep} deep: {self.display}'s reader takes {self.max_depth} levels"
        for part in walk(v):
            reason = self.check_value(part)
            if reason:
                return reason
        return None

    def check_value(self, v: Value) -> str | None:
        if (
            isinstance(v, IntValue)
            and self.int_bits
            and not -(2 ** (self.int_bits - 1)) <= v.value < 2 ** (self.int_bits - 1)
        ):
            return f"integer {v.value} does not fit in {self.int_bits} bits"
        if isinstance(v, StrValue) and not self.lone_surrogates:
            lone = next((c for c in v.value if 0xD800 <= ord(c) <= 0xDFFF), None)
            if lone is not None:
                return f"a lone surrogate (U+{ord(lone):04X}) is not a {self.display} character"
        items = getattr(v, "items", ())
        if self.max_items is not None and len(items) > self.max_items:
            return f"a literal of {len(items)} items: {self.display}'s compiler takes {self.max_items}"
        return None

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        """Why this language cannot run ``check`` faithfully, or None."""
        for v in (*check.call.args, *((check.expected,) if check.expected is not None else ())):
            reason = self.unsupported_value(v)
            if reason:
                return reason
        return None

    # --- names, strings, comments -----------------------------------------------------------------------

    def ident(self, name: str) -> str:
        """A Python identifier as a legal, non-reserved identifier of this language.

        Reserved words, names the harness relies on, and names in the harness's own namespace (``__tc...``)
        get a trailing underscore.
        """
        if self.ascii_identifiers and not name.isascii():
            name = "".join(c if c.isascii() else f"_u{ord(c):x}" for c in name)
        taken = name in self.reserved or name in self.harness_names or name.startswith("__tc")
        return name + "_" if taken else name

    # How strings are written: named escapes, then a format for other control characters, and formats for
    # non-ASCII characters in and beyond the Basic Multilingual Plane (each given its code point).
    string_escapes: ClassVar[dict[str, str]] = {}
    control_escape: ClassVar[str] = "\\x{:02x}"
    bmp_escape: ClassVar[str] = "\\u{:04x}"
    astral_escape: ClassVar[str] = "\\U{:08x}"

    def string(self, s: str) -> str:
        return self.quoted(s, self.control_escape)

    def quoted(self, s: str, control_escape: str) -> str:
        """``s`` as a double-quoted literal, control characters written with ``control_escape``."""
        out = []
        for ch in s:
            code = ord(ch)
            if ch in self.string_escapes:
                out.append(self.string_escapes[ch])
            elif code < 32 or code == 127:
                out.append(control_escape.format(code))
            elif code > 0xFFFF:
                out.append(self.astral_escape.format(code))
            elif code > 127:
                out.append(self.bmp_escape.format(code))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'

    def comment(self, text: str) -> str:
        """``text`` as line comments; never lets the text end the comment or the file early."""
        prefix = self.comment_prefix
        return "\n".join(f"{prefix} {line}".rstrip() for line in text.splitlines())

    @cached_property
    def _vocabulary_pattern(self) -> re.Pattern[str]:
        return re.compile(r"\b(" + "|".join(map(re.escape, self.vocabulary)) + r")\b")

    def reword(self, text: str) -> str:
        """Python vocabulary to this language's, by whole words only (never "luathon")."""
        if not self.vocabulary:
            return text
        return self._vocabulary_pattern.sub(lambda m: self.vocabulary[m.group(1)], text)

    def prompt_docstring(self, sig: Signature) -> str:
        """The docstring in this language's words, its examples in this language's syntax."""
        lines = [(line, False) for line in (sig.docstring or "").splitlines()]
        for example in reversed(sig.examples):
            first = lines[example.line][0]
            indent = first[: len(first) - len(first.lstrip())]
            call = self.call_text(self.ident(sig.name), [self.value(a) for a in example.call.args])
            new = [(f"{indent}>>> {call}", True)]
            if example.expected is not None:
                new.append((indent + self.value(example.expected), True))
            end = example.line + example.source_lines + example.want_lines
            lines[example.line : end] = new
        return "\n".join(text if literal else self.reword(text) for text, literal in lines)

    # --- harness parts ----------------------------------------------------------------------------------

    def call_text(self, function: str, args: list[str]) -> str:
        """``f(a, b)`` in this language's call syntax."""
        return f"{function}({', '.join(args)})"

    def call(self, check: Check, suite: Suite) -> str:
        """The call under test with its conversions applied, as an expression of this language."""
        expr = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in check.call.args])
        for conversion in check.call.conversions:
            expr = self.convert(expr, conversion)
        return expr

    def convert(self, expr: str, conversion: str) -> str:
        raise NotImplementedError

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        return {
            "index": index,
            "check": check,
            "relation": check.relation.value,
            "call": self.call(check, suite),
            "expected": self.value(check.expected) if check.expected is not None else None,
            "rel": self.float_literal(tolerance.rel),
            "abs": self.float_literal(tolerance.abs),
            "strict": tolerance.strict,
            "exception": check.exception,
            "line": check.span.line,
        }

    def float_literal(self, x: float) -> str:
        if math.isnan(x):
            return self.nan_literal
        if math.isinf(x):
            return self.inf_literal if x > 0 else self.neg_inf_literal
        return repr(float(x))

    # --- templates --------------------------------------------------------------------------------------

    @cached_property
    def env(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.bundle()),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )
        env.filters.update(
            value=self.value, string=self.string, ident=self.ident, comment=self.comment, reword=self.reword
        )
        env.globals.update(
            NONCE_VARIABLE=NONCE_VARIABLE,
            DEFAULT_NONCE=DEFAULT_NONCE,
            Relation=Relation,
            default_tolerance=DEFAULT_TOLERANCE,
        )
        return env

    @classmethod
    def bundle(cls) -> Path:
        """The language's folder, ``emitters/<key>/``: its templates, prelude and warm worker."""
        module = sys.modules[cls.__module__].__file__
        assert module is not None
        return Path(module).parent

    @classmethod
    def solution(cls, problem: str, stem: str = "ref") -> Path:
        """A solution of a corpus or sample problem in this language: ``emitters/<key>/solutions/<problem>/``
        holds ``ref.<ext>`` (passes every check) and ``mutant_<n>.<ext>`` (fails the checks its first line
        names)."""
        return cls.bundle() / "solutions" / problem / f"{stem}.{cls.file_ext}"

    @classmethod
    def samples(cls) -> ModuleType:
        """The bundle's sample programs (``emitters/<key>/samples.py``): the honest, erroring and hostile
        solutions that the tests and benchmarks run in this language."""
        return importlib.import_module(cls.__module__ + ".samples")

    @classmethod
    def expectations(cls) -> ModuleType:
        """The bundle's expectations table (``emitters/<key>/expectations.py``): ``VALUES``, a Python
        expression -> the text this language writes for its value, and optionally ``IDENTS``."""
        return importlib.import_module(cls.__module__ + ".expectations")

    def prepare(self) -> None:  # noqa: B027 - a hook: most languages need nothing prepared
        """Build, once per machine, what makes this language's programs start faster (Clojure's compiled
        prelude and class archive). ``testcompiler langs --prepare`` (run by scripts/setup.sh) calls it;
        a language that needs nothing of the kind leaves it as it is."""

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def prelude(self) -> str:
        """The harness's prelude exactly as every harness of this language includes it."""
        return self.render(f"prelude.{self.file_ext}")

    def prompt(self, suite: Suite) -> str:
        return self.render("prompt.j2", suite=suite, sig=suite.signature, emitter=self)

    def harness(self, suite: Suite, checks: tuple[Check, ...], observe: bool = False) -> str:
        """The self-checking harness (a portable test file), or with ``observe`` the harness that only
        prints each call's value in this language's notation (the executor judges it:
        testcompiler.run.judge)."""
        contexts = [self.check_context(i, c, suite) for i, c in enumerate(checks, start=1)]
        return self._render_harness(suite, contexts, observe)

    def _render_harness(self, suite: Suite, contexts: list[dict[str, Any]], observe: bool) -> str:
        if observe:  # the expected values stay out of the program
            contexts = [
                {k: v for k, v in c.items() if k not in ("expected", "test", "exception")} for c in contexts
            ]
        return self.render(
            "harness.j2", suite=suite, sig=suite.signature, checks=contexts, emitter=self, observe=observe
        )

    def compile(self, suite: Suite) -> Compiled:
        kept: list[Check] = []
        diagnostics = list(suite.diagnostics)
        for check in suite.checks:
            reason = self.unsupported(check, suite)
            if reason:
                diagnostics.append(
                    Diagnostic(f"{self.name}-unsupported", f"{self.display}: {reason}", check.span)
                )
            else:
                kept.append(check)
        checks = tuple(kept)
        contexts = [self.check_context(i, c, suite) for i, c in enumerate(checks, start=1)]
        return Compiled(
            language=self.name,
            name=suite.name,
            entry_point=suite.signature.name,
            prompt=writable(self.prompt(suite)),
            harness=writable(self._render_harness(suite, contexts, observe=False)),
            stop_tokens=self.stop_tokens,
            checks=checks,
            emitter=self,
            diagnostics=tuple(diagnostics),
            observer=writable(self._render_harness(suite, contexts, observe=True)),
            tolerance=suite.tolerance,
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def writable(text: str) -> str:
    """``text`` with each lone surrogate (a docstring may hold one; no file can) written as its escape."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def depth(v: Value) -> int:
    """How many containers deep ``v`` is: 0 for a scalar."""
    match v:
        case ListValue(items) | TupleValue(items) | SetValue(items):
            return 1 + max(map(depth, items), default=0)
        case DictValue(items):
            return 1 + max((max(depth(k), depth(x)) for k, x in items), default=0)
    return 0


def walk(v: Value) -> Iterator[Value]:
    """``v`` and every value inside it, depth first."""
    yield v
    match v:
        case ListValue(items) | TupleValue(items) | SetValue(items):
            for item in items:
                yield from walk(item)
        case DictValue(items):
            for key, val in items:
                yield from walk(key)
                yield from walk(val)
