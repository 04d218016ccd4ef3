"""Go: typed. Slices, maps, pointers for Optional, MultiPL-E's ``[]interface{}`` for tuples.

The prompt is MultiPL-E's: ``package <name>_test``, an import block of ``testing`` and ``fmt`` (the only
packages a completion may use), the docstring as ``//`` lines and ``func <name>(...) <type> {``. The harness
uses nothing else by name: the prelude's packages (``os``, ``reflect``...) are imported under ``__tc_``
aliases by the run command, which rewrites the package clause into ``package main; import (...)`` on the
same line (line numbers stay) before compiling. Compiling calls Go's compiler and linker directly (no
``go`` command, no build cache, nothing written outside the program's directory) against the standard
library's compiled archives (``toolchain``) and links statically: 50 ms, where linking against the standard
library built as a shared library took 370 ms (it reads a 40 MB libstd.so). The binary, 1.4 MB, is over
the 1 MiB a program may write to a file, so the command builds under a larger limit
(``Runtime.build_file_limit``) and lowers it to the program's own before it starts the program. MultiPL-E
runs ``go test`` on the same file (our harness also defines a test function): that is ``Runtime.plain``,
the bench's baseline.

Equality is one reflect-based function in the prelude (the shared semantics policy); values print as Go
composite literals, read back by grammars/values_go.lark.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from emitters.base import OUTPUT_LIMIT, Install, LazyRuntime, Runtime
from emitters.cache import directory
from emitters.typed import TypedEmitter, Untypable
from ir import (
    BoolType,
    Check,
    DictType,
    DictValue,
    FloatType,
    IntType,
    IntValue,
    ListType,
    ListValue,
    NoneType,
    NoneValue,
    OptionalType,
    Relation,
    SetType,
    SetValue,
    Signature,
    StrType,
    Suite,
    TupleType,
    TupleValue,
    Type,
    Value,
)

_KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if import interface map
    package range return select struct switch type var""".split()
)
# Predeclared names a parameter would hide from the body (a parameter `len` leaves no len()).
_PREDECLARED = frozenset(
    """any append cap close complex complex64 complex128 copy delete error false float32 float64 imag int int8
    int16 int32 int64 iota len make new nil panic print println real recover rune true uint uint8 uint16
    uint32 uint64 uintptr byte comparable""".split()
)
# MultiPL-E's own renamings (humaneval_to_go.py's convert_identifier): kept, so prompts stay comparable.
_MULTIPL_E_NAMES = {"string": "myString", "int": "myInt", "float": "myFloat", "bool": "myBool"}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b",
            "\f": "\\f", "\v": "\\v"}  # fmt: skip
# What the prelude imports, under names a solution cannot take (`ident` renames every __tc name away).
IMPORTS = ("os", "math", "reflect", "sort", "strconv", "strings", "runtime/metrics", "sync/atomic", "time")
_IMPORT_DECL = "import (" + "; ".join(f'__tc_{p.rsplit("/", 1)[-1]} \\"{p}\\"' for p in IMPORTS) + ")"
# The first package clause becomes `package <name>; import (...)`, on its own line: line numbers stay.
_REWRITE = "0,/^package[ \\t]/s|^package[ \\t]*\\([A-Za-z0-9_]*\\)|package {name}; " + _IMPORT_DECL + "|"


def _go_env(go: str, *names: str) -> list[str] | None:
    try:
        out = subprocess.run(
            [go, "env", *names], capture_output=True, text=True, timeout=60, check=True
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return out if len(out) == len(names) else None


@cache
def toolchain() -> tuple[str, str, str] | None:
    """(compiler directory, how the compiler and the linker find the standard library, where): the archives
    Go ships in ``<GOROOT>/pkg/<os>_<arch>`` (Go 1.19 and older; nothing to make), else an import
    configuration of archives built once per machine and Go version where missing (Go 1.20 and newer ship
    none). None where Go is missing or the build failed."""
    go = shutil.which("go")
    env = _go_env(go, "GOVERSION", "GOTOOLDIR", "GOROOT", "GOOS", "GOARCH") if go else None
    if go is None or env is None:
        return None
    version, tools, root, goos, goarch = env
    shipped = Path(root, "pkg", f"{goos}_{goarch}")
    if (shipped / "runtime.a").is_file() and (shipped / "fmt.a").is_file():
        return tools, "directory", str(shipped)
    machine = directory()
    if machine is None:
        return None
    target = machine / f"go-std-{version}-{goos}_{goarch}"
    if not (target / "importcfg").is_file():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            _build_std(go, target)
    if not (target / "importcfg").is_file():
        return None
    return tools, "importcfg", str(target / "importcfg")


def _build_std(go: str, target: Path) -> None:
    """The standard library compiled (without cgo: a program is linked by Go's own linker alone), its
    archives copied out of a throwaway build cache into ``target`` with the import configuration that names
    them (one builder at a time, under a lock)."""
    with open(target.parent / f"{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / "importcfg").is_file():
            return
        work = target.with_name(f"{target.name}.building")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(mode=0o755)
        env = {**os.environ, "GOCACHE": str(work / ".cache"), "GOFLAGS": "", "CGO_ENABLED": "0"}
        listing = subprocess.run(
            [go, "list", "-export", "-f", "{{if .Export}}{{.ImportPath}}={{.Export}}{{end}}", "std"],
            env=env, capture_output=True, text=True, timeout=1800, check=True,
        ).stdout  # fmt: skip
        lines = []
        for index, line in enumerate(listing.splitlines()):
            package, _, archive = line.partition("=")
            if Path(archive).is_relative_to(work):  # in the build cache, which goes: a copy of ours
                shutil.copyfile(archive, work / f"{index}.a")
                os.chmod(work / f"{index}.a", 0o644)
                archive = str(target / f"{index}.a")
            lines.append(f"packagefile {package}={archive}\n")
        shutil.rmtree(work / ".cache", ignore_errors=True)
        (work / "importcfg").write_text("".join(lines))
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)


def _commands() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(run, parse_only): rewrite the package clause into .tcgo/main.go, compile it there and link it
    statically into .tcgo/main (exit 3, stderr only and no binary left, on any error), then lower the
    file-size limit to the program's and run it."""
    rewrite = f'mkdir -p .tcgo && sed "{_REWRITE.format(name="main")}" "$1" > .tcgo/main.go || exit 3; '
    found = toolchain()
    if found:
        tools, kind, std = found
        compile_std, link_std = ("-I", "-L") if kind == "directory" else ("-importcfg", "-importcfg")
        build = (
            f'"$0/compile" -p main -complete {compile_std} "$2" -o .tcgo/main.o .tcgo/main.go >&2 || exit 3; '
            f'"$0/link" -s -w {link_std} "$2" -o .tcgo/main .tcgo/main.o >&2 '
            "|| { rm -f .tcgo/main; exit 3; }; "
        )
        args: tuple[str, ...] = (tools, "{file}", std)
    else:  # no standard library found or built: the go command, with a build cache of the run's own
        build = (
            'cd .tcgo && GOCACHE="$PWD/cache" GOPATH="$PWD/path" GO111MODULE=off '
            '"$0" build -ldflags="-s -w" -o main main.go >&2 || { rm -f main; exit 3; }; cd ..; '
        )
        args = ("{interpreter}", "{file}")
    # dash's ulimit -f counts 512-byte blocks and, without -S or -H, sets both limits
    program_limit = f"ulimit -f {OUTPUT_LIMIT // 512} || exit 3; "
    run = ("/bin/sh", "-c", rewrite + build + program_limit + "exec .tcgo/main", *args)
    # Asked after a run that printed nothing (in its directory): a binary there was built from this file,
    # which so compiles; only a file that did not build is compiled again, for its errors.
    parse = ("/bin/sh", "-c", "test -f .tcgo/main && exit 0; " + rewrite + build + "exit 0", *args)
    return run, parse


@cache
def _runtime() -> Runtime:
    run, parse = _commands()
    return Runtime(
        interpreters=("go",),
        run=run,
        parse_only=parse,
        version=("{interpreter}", "version"),
        # MultiPL-E's evaluator: `go test` on the file (named *_test.go), the package clause kept, with the
        # user's own (warm) build cache.
        plain=(
            "/bin/sh", "-c",
            'd="$(dirname "$1")/tcgo" && mkdir -p "$d" && '
            f'sed "{_REWRITE.format(name=chr(92) + "1")}" "$1" > "$d/main_test.go" && cd "$d" && '
            'exec "$0" test main_test.go',
            "{interpreter}", "{file}",
        ),
        plain_startup_seconds=5.0,  # go test: vet, a test main, a bigger link (1.4 s with a cold cache)
        install=Install(debian=("golang-go",)),
        build_file_limit=16 << 20,  # a statically linked program is 1.4 MB (fmt, reflect, testing)
        # compile (0.07 s) and link (0.05 s) idle; 1.6-2.8 s with eight builds beside other work (load ~14)
        startup_seconds=3.0,
    )  # fmt: skip


class GoEmitter(TypedEmitter):
    name = "go"
    aliases = ("golang",)
    display = "Go"
    file_ext = "go"
    ascii_identifiers = True
    stop_tokens = ("\nfunc", "struct", "\n// ")  # MultiPL-E's
    none_literal = "nil"
    nan_literal = "__tc_math.NaN()"
    inf_literal = "__tc_math.Inf(1)"
    neg_inf_literal = "__tc_math.Inf(-1)"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = "\\u{:04x}"
    astral_escape = "\\U{:08x}"
    runtime: ClassVar[Runtime] = LazyRuntime(_runtime)  # type: ignore[assignment]
    stub_body = "\tpanic(42)\n}\n"
    comment_prefix = "//"
    int_bits = 64
    reserved = _KEYWORDS | _PREDECLARED
    harness_names = frozenset({"main", "init", "fmt", "testing", "Test__tc"})
    vocabulary: ClassVar[dict[str, str]] = {"None": "nil", "True": "true", "False": "false"}

    def prepare(self) -> None:
        toolchain()  # the standard library's archives, built where Go ships none

    def ident(self, name: str) -> str:
        if name in _MULTIPL_E_NAMES:
            return _MULTIPL_E_NAMES[name]
        return super().ident(name)

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        """``t`` as a Go type; raises Untypable for what Go cannot say."""
        match t:
            case IntType():
                return "int"
            case FloatType():
                return "float64"
            case BoolType():
                return "bool"
            case StrType():
                return "string"
            case ListType(elem) | TupleType((elem,), True):
                return "[]" + self.type_text(elem)
            case TupleType(items):
                for item in items:  # MultiPL-E's []interface{}: each item must still be a Go value
                    if not isinstance(item, NoneType):
                        self.type_text(item)
                return "[]interface{}"
            case SetType(elem):
                return f"map[{self._key_text(elem)}]struct{{}}"
            case DictType(key, value):
                return f"map[{self._key_text(key)}]{self.type_text(value)}"
            case OptionalType(inner):
                return "*" + self.type_text(inner)
            case NoneType():
                raise Untypable("None alone has no Go type")
        raise Untypable(f"type {t} is not known precisely enough for Go")

    def _key_text(self, t: Type) -> str:
        if isinstance(t, IntType | FloatType | BoolType | StrType):
            return self.type_text(t)
        raise Untypable(f"a {t} cannot be a Go map key (not comparable by value)")

    def _loose_type(self, t: Type) -> str:
        """``t`` in Go, with ``interface{}`` for each part Go cannot say (docstring examples only)."""
        try:
            return self.type_text(t)
        except Untypable:
            pass
        match t:
            case ListType(elem) | TupleType((elem,), True):
                return "[]" + self._loose_type(elem)
            case TupleType():
                return "[]interface{}"
            case OptionalType(inner):
                return "*" + self._loose_type(inner)
        return "interface{}"

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        match current:
            case ListType(elem) | SetType(elem) | TupleType((elem,), True) | DictType(elem, _):
                if name == "set":
                    return SetType(elem), "__tc_set"
                return ListType(elem), "__tc_sorted" if name == "sorted" else "__tc_list"
        return super().conversion(name, current)

    # --- values -----------------------------------------------------------------------------------------

    @staticmethod
    def _slot(v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def value(self, v: Value) -> str:
        text = super().value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"__tc_ptr[{self._loose_type(v.type.inner)}]({text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        return str(v.value)

    def emit_list(self, v: ListValue | TupleValue) -> str:
        slot = self._slot(v)
        kind = self._loose_type(slot) if isinstance(slot, ListType | TupleType) else "[]interface{}"
        return kind + "{" + ", ".join(map(self.value, v.items)) + "}"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        slot = self._slot(v)
        kind = self._loose_type(slot) if isinstance(slot, SetType) else "map[interface{}]struct{}"
        return kind + "{" + ", ".join(f"{self.value(x)}: {{}}" for x in v.items) + "}"

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        kind = self._loose_type(slot) if isinstance(slot, DictType) else "map[interface{}]interface{}"
        return kind + "{" + ", ".join(f"{self.value(k)}: {self.value(x)}" for k, x in v.items) + "}"

    def emit_none(self, v: NoneValue) -> str:
        return "nil"

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's comment: ``// `` before each line, indentation and blank lines dropped; no character
        Go refuses in a source file (NUL, a byte-order mark) is left in it."""
        text = text.replace("\0", " ").replace("\ufeff", " ")
        lines = [line.strip() for line in text.strip().splitlines()]
        return "\n".join(f"// {line}" for line in lines if line) or "//"

    def package_name(self, sig: Signature) -> str:
        return f"{self.ident(sig.name)}_test"

    def signature_text(self, suite: Suite) -> str:
        sig = suite.signature
        params = ", ".join(f"{self.ident(p.name)} {self._loose_type(p.type)}" for p in sig.params)
        try:
            returns = " " + self.type_text(self.return_type(suite))
        except Untypable:
            returns = " interface{}"
        return f"func {self.ident(sig.name)}({params}){returns} {{"

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a // comment holds to its end."""
        return self.comment(text.splitlines()[0] if text.strip() else "").removeprefix("//").strip()

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step}({call})"
        relation = check.relation
        expected = "nil"
        if relation.has_expected:
            expected = self.value(self.expected_value(check, result))
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE) and not isinstance(result, OptionalType):
            raise Untypable(f"`is None` on a result of type {result}, which is never nil")
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE) and not isinstance(result, BoolType):
            raise Untypable(f"`is True/False` on a result of type {result}")
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "expected": expected,
            "tol": f"__tc_tol{{{self.float_literal(tolerance.rel)}, {self.float_literal(tolerance.abs)}, "
            f"{'true' if tolerance.strict else 'false'}}}",
            "line": check.span.line,
            "text": self.inert(check.text),
        }
