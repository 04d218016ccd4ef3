"""Clojure 1.11 on the JVM: vectors for lists and tuples, maps, sets, ``nil`` for None, BigInt past 64 bits.

The JVM cannot fork, so there is no warm worker: each program is a JVM of its own, started directly (not
through the ``clojure`` shell script) with flags that cut its start-up, and with an AppCDS archive of the
classes a harness loads (clojure.core among them), dumped once per machine by this process, outside any
sandbox, from a harness of our own (``jvm.py``).
"""

from __future__ import annotations

import hashlib
from functools import cache, cached_property
from typing import ClassVar

import jinja2

from emitters.base import Emitter, Install, LazyRuntime, Runtime, walk
from emitters.clj.jvm import java_flags
from ir import Check, DictValue, IntValue, ListValue, SetValue, Signature, Suite, TupleValue, Value

# Constants of one check's call are built in one method of one class, and a JVM method holds 64 KB of code:
# about 5,500 integers (each boxed and stored) overflow it.
MAX_VALUES = 4000
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
# Clojure's special forms and literals: a Python name equal to one is renamed.
_RESERVED = frozenset(
    "def if do let quote var fn loop recur throw try catch finally new nil true false monitor-enter "
    "monitor-exit set! letfn case* import* deftype* reify*".split()
)


def _utf16(s: str) -> str:
    """Characters beyond the BMP as their UTF-16 surrogate pairs: Clojure's ``\\u`` escapes take four hex
    digits, and its strings are Java's, UTF-16."""
    out = []
    for ch in s:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


def prelude_key(body: str) -> str:
    """Names one text of the prelude: the executor's compiled copy is used only for the same text."""
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def clojure_text(text: str) -> str:
    """``text`` inside a Clojure string literal, its lines kept."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


@cache
def _runtime() -> Runtime:
    flags = java_flags()
    return Runtime(
        interpreters=("clojure",),  # the Debian package's script: it says Clojure is installed
        run=(*flags, "clojure.main", "{file}"),
        plain=("{interpreter}", "{file}"),  # the Debian script, as MultiPL-E runs Clojure
        # reads every form and compiles each without running it (_PARSE_CHECK)
        parse_only=(*flags, "-Dtestcompiler.file={file}", "clojure.main", "-e", _PARSE_CHECK),
        version=(*flags, "clojure.main", "-e", _VERSION),
        install=Install(debian=("clojure",)),  # with default-jre-headless
        limit_address_space=False,  # the JVM reserves far more address space than it uses
        startup_seconds=5.0,  # a JVM starting on a loaded machine (2 cores, load 20: 5 s seen)
    )


_VERSION = '(print (clojure-version) (System/getProperty "java.vm.version"))'

# Reads the program form by form, as clojure.main would load it, and compiles each without running it:
# `ns`, `require`, `import`... and macro definitions are evaluated (later forms need them), every other
# form is compiled inside a function that is never called. Exits 3 on the first reader or compiler error.
_PARSE_CHECK = (
    "(let [r (clojure.lang.LineNumberingPushbackReader. (java.io.InputStreamReader. "
    '(java.io.FileInputStream. (System/getProperty "testcompiler.file")) "UTF-8")) eof (Object.) '
    'direct #{"ns" "in-ns" "require" "use" "import" "refer" "refer-clojure" "alias" '
    '"create-ns" "remove-ns" "intern" "defmacro" "load" "load-string"}] '
    "(try (loop [] (let [form (read {:eof eof :read-cond :allow} r)] "
    "(when-not (identical? form eof) "
    "(if (and (seq? form) (symbol? (first form)) (direct (name (first form)))) (eval form) "
    "(eval (list 'fn* [] form))) (recur)))) "
    "(catch Throwable e (binding [*out* *err*] (println (.getMessage e) (some-> e .getCause .getMessage))) "
    "(System/exit 3))) (System/exit 0))"
)


class ClojureEmitter(Emitter):
    name = "clj"
    aliases = ("clojure",)
    display = "Clojure"
    file_ext = "clj"
    multipl_t = False
    bool_is_int = False  # (= true 1) is false in Clojure, as #t and 1 differ in Racket
    stop_tokens = ("\n(def", "\n;", "\n(")
    none_literal = "nil"
    nan_literal = "##NaN"
    inf_literal = "##Inf"
    neg_inf_literal = "##-Inf"
    string_escapes = _ESCAPES
    control_escape = bmp_escape = "\\u{:04x}"
    runtime: ClassVar[Runtime] = LazyRuntime(_runtime)  # type: ignore[assignment]
    stub_body = "nil)\n"  # after the prompt's last line, two spaces into the body
    comment_prefix = ";;"
    int_bits = None  # integers past 64 bits are BigInt literals (the N suffix)
    reserved = _RESERVED
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "nil", "True": "true", "False": "false",
        "list": "vector", "lists": "vectors", "List": "Vector", "Lists": "Vectors",
        "tuple": "vector", "tuples": "vectors", "Tuple": "Vector", "Tuples": "Vectors",
        "dictionary": "map", "dictionaries": "maps", "Dictionary": "Map", "dict": "map",
    }  # fmt: skip

    def prepare(self) -> None:
        java_flags()  # the compiled prelude and the class archive, made where missing

    def emit_int(self, v: IntValue) -> str:
        return str(v.value) if -(2**63) <= v.value < 2**63 else f"{v.value}N"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "[" + " ".join(map(self.value, v.items)) + "]"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        return "#{" + " ".join(map(self.value, v.items)) + "}"

    def emit_dict(self, v: DictValue) -> str:
        return "{" + ", ".join(f"{self.value(k)} {self.value(x)}" for k, x in v.items) + "}"

    @cached_property
    def env(self) -> jinja2.Environment:
        env = super().env
        env.filters.update(prelude_key=prelude_key, clojure_text=clojure_text)
        return env

    def string(self, s: str) -> str:
        return self.quoted(_utf16(s), self.control_escape)

    def call_text(self, function: str, args: list[str]) -> str:
        return "(" + " ".join([function, *args]) + ")"

    # --- defaults: a defn has one arity here (MultiPL-E's header), so every call passes every argument ---

    @staticmethod
    def with_defaults(args: tuple[Value, ...], sig: Signature) -> list[Value] | None:
        """The arguments with the omitted ones' defaults filled in; None when one has no constant default."""
        filled = list(args)
        for param in sig.params[len(args) :]:
            if param.default is None:
                return None
            filled.append(param.default)
        return filled

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        args = self.with_defaults(check.call.args, suite.signature)
        if args is None:
            return "an omitted argument's default is not a constant, and a Clojure call passes every argument"
        for values in (args, [check.expected] if check.expected is not None else []):
            size = sum(1 for v in values for _ in walk(v))
            if size > MAX_VALUES:
                return f"{size} values in one form: the JVM's 64 KB limit on a method's code"
        for v in args[len(check.call.args) :]:
            reason = self.unsupported_value(v)
            if reason:
                return reason
        return super().unsupported(check, suite)

    def call(self, check: Check, suite: Suite) -> str:
        args = self.with_defaults(check.call.args, suite.signature) or list(check.call.args)
        expr = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for conversion in check.call.conversions:
            expr = self.convert(expr, conversion)
        return expr

    def prompt_docstring(self, sig: Signature) -> str:
        """The base's, with each example's omitted arguments written out as the harness passes them."""
        lines = [(line, False) for line in (sig.docstring or "").splitlines()]
        for example in reversed(sig.examples):
            first = lines[example.line][0]
            indent = first[: len(first) - len(first.lstrip())]
            args = self.with_defaults(example.call.args, sig) or list(example.call.args)
            call = self.call_text(self.ident(sig.name), [self.value(a) for a in args])
            new = [(f"{indent}>>> {call}", True)]
            if example.expected is not None:
                new.append((indent + self.value(example.expected), True))
            end = example.line + example.source_lines + example.want_lines
            lines[example.line : end] = new
        return "\n".join(text if literal else self.reword(text) for text, literal in lines)

    def convert(self, expr: str, conversion: str) -> str:
        return f"(__tc/{conversion} {expr})"

    def docstring(self, sig: Signature) -> str:
        """The docstring as Clojure's, indented two spaces as MultiPL-E's prompt has it; ``\\`` and ``"``
        escaped (MultiPL-E writes it unescaped, so a quote in the text ends the string)."""
        text = self.prompt_docstring(sig).replace("\\", "\\\\").replace('"', '\\"')
        return '"' + "\n  ".join(text.split("\n")) + '"'
