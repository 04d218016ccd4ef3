"""Haskell (GHC 9.0): typed, in MultiPL-E's layout (``-- |`` comment lines, ``f :: Int -> [Int]``, then
``f x y =`` left open; the stop tokens end the body at the first blank line).

Every value, comparison and printer takes the IR type of its place: ints are ``Int`` (64 bits), floats
``Double`` (MultiPL-E's ``Float`` is 32 bits: 0.1 is 0.100000001, beyond any tolerance), strings ``String``,
lists and sets lists (sets compared as sets), dicts association lists ``[(k, v)]`` (MultiPL-E's), tuples
tuples, Optional ``Maybe``, None ``()``. Haskell widens no number and has no untagged union: what it cannot
type (Any, unions, ints past 64 bits) is a diagnostic for that check alone, the rest kept.

Haskell wants its imports before any declaration, and MultiPL-E's prompt has none: the run command writes
the program after a header of qualified imports (``Tc*``: a solution sees no new unqualified name) and a
LINE pragma, then compiles it with ``ghc -O0`` (build.py) and runs it, in one sandboxed command.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, ClassVar

from emitters.base import LazyRuntime, Runtime
from emitters.hs.build import runtime_commands
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
    UnionType,
    Value,
)

_KEYWORDS = frozenset(
    """case class data default deriving do else foreign if import in infix infixl infixr instance let module
    newtype of then type where forall mdo rec proc main""".split()
)
# The Prelude's functions: a top-level function of the same name is ambiguous wherever it is called.
_PRELUDE = frozenset(
    """abs acos acosh all and any appendFile asTypeOf asin asinh atan atan2 atanh break ceiling compare
    concat concatMap const cos cosh curry cycle decodeFloat div divMod drop dropWhile either elem
    encodeFloat enumFrom enumFromThen enumFromThenTo enumFromTo error errorWithoutStackTrace even exp
    exponent fail filter flip floatDigits floatRadix floatRange floor fmap foldMap foldl foldl1 foldr
    foldr1 fromEnum fromInteger fromIntegral fromRational fst gcd getChar getContents getLine head id
    init interact ioError isDenormalized isIEEE isInfinite isNaN isNegativeZero iterate last lcm length
    lex lines log logBase lookup map mapM mapM_ mappend max maxBound maximum maybe mconcat mempty min
    minBound minimum mod negate not notElem null odd or otherwise pi pred print product properFraction
    pure putChar putStr putStrLn quot quotRem read readFile readIO readList readLn readParen reads
    readsPrec realToFrac recip rem repeat replicate return reverse round scaleFloat scanl scanl1 scanr
    scanr1 seq sequence sequenceA sequence_ show showChar showList showParen showString shows showsPrec
    significand signum sin sinh snd span splitAt sqrt subtract succ sum tail take takeWhile tan tanh
    toEnum toInteger toRational traverse truncate uncurry undefined unlines until unwords unzip unzip3
    userError words writeFile zip zip3 zipWith zipWith3""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# MultiPL-E's docstring: "-- | " before the stripped text and after each line break, eating the indentation.
_LINE_START = re.compile(r"\n(\s*)")


@cache
def _runtime() -> Runtime:
    return runtime_commands(HaskellEmitter().prelude())


def camel_case(name: str) -> str:
    """MultiPL-E's function names: ``has_close_elements`` -> ``hasCloseElements``."""
    text = "".join(part.capitalize() for part in name.lower().split("_"))
    return (name[:1].lower() + text[1:]) if text else name


class HaskellEmitter(TypedEmitter):
    name = "hs"
    aliases = ("haskell",)
    display = "Haskell"
    file_ext = "hs"
    string_reading = "backslash"
    sets_as_lists = dicts_as_lists = True
    ascii_identifiers = True
    bool_is_int = False  # True is not 1 in Haskell
    max_items = 10_000
    stop_tokens = ("\n\n", "\n{-", "\ntype", "\ndata", "\nnewtype")  # MultiPL-E's
    true_literal = "True"
    false_literal = "False"
    none_literal = "()"
    nan_literal = "(0/0)"
    inf_literal = "(1/0)"
    neg_inf_literal = "(-1/0)"
    string_escapes = _ESCAPES
    runtime: ClassVar[Runtime] = LazyRuntime(_runtime)  # type: ignore[assignment]
    stub_body = '  error "stub"\n'
    comment_prefix = "-- |"
    int_bits = 64
    reserved = _KEYWORDS | _PRELUDE
    vocabulary: ClassVar[dict[str, str]] = {}

    def prepare(self) -> None:
        _runtime()  # the compiled prelude, built where missing

    def ident(self, name: str) -> str:
        if name[:1].isupper():  # capitalised names are constructors and modules in Haskell
            name = name[0].lower() + name[1:]
        return super().ident(name)

    def typed_signature(self, suite: Suite) -> Signature:
        # MultiPL-E's camelCase function name, everywhere the function is named (prompt, examples, calls).
        sig = super().typed_signature(suite)
        return replace(sig, name=camel_case(sig.name))

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type, atomic: bool = False) -> str:
        """``t`` as a Haskell type; ``atomic``: parenthesised where it is an application (``Maybe Int``)."""
        match t:
            case IntType():
                return "Int"
            case FloatType():
                return "Double"
            case BoolType():
                return "Bool"
            case StrType():
                return "String"
            case NoneType():
                return "()"
            case ListType(elem) | SetType(elem) | TupleType((elem,), True):
                return f"[{self.type_text(elem)}]"
            case DictType(key, value):
                return f"[({self.type_text(key)}, {self.type_text(value)})]"
            case OptionalType(inner):
                text = f"Maybe {self.type_text(inner, atomic=True)}"
                return f"({text})" if atomic else text
            case TupleType(items):
                if len(items) == 1:
                    return self.type_text(items[0], atomic)
                return "(" + ", ".join(map(self.type_text, items)) + ")"
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no Haskell type")
        raise Untypable(f"type {t} is not known precisely enough for Haskell")

    def _combinator(self, t: Type, kind: str) -> str:
        """The prelude function (or lambda) comparing (``eq``), printing (``show``) or testing (``truthy``)
        values of type ``t``."""
        match t:
            case IntType() | FloatType() | BoolType() | StrType() | NoneType():
                base = type(t).__name__.removesuffix("Type").lower()
                # the harness's locals are v' and tol': no Python name can take them
                return "(__tc_float_eq tol')" if base == "float" and kind == "eq" else f"__tc_{base}_{kind}"
            case ListType(elem) | SetType(elem) | TupleType((elem,), True):
                if kind == "truthy":
                    return "__tc_list_truthy"
                container = "set" if isinstance(t, SetType) and kind == "eq" else "list"
                return f"(__tc_{container}_{kind} {self._combinator(elem, kind)})"
            case DictType(key, value):
                if kind == "truthy":
                    return "__tc_list_truthy"
                return f"(__tc_dict_{kind} {self._combinator(key, kind)} {self._combinator(value, kind)})"
            case OptionalType(inner):
                return f"(__tc_option_{kind} {self._combinator(inner, kind)})"
            case TupleType(items) if len(items) == 1:
                return self._combinator(items[0], kind)
            case TupleType(items):
                if not items:
                    return self._combinator(NoneType(), kind)
                xs = [f"x{i}" for i in range(len(items))]
                ys = [f"y{i}" for i in range(len(items))]
                parts = [self._combinator(item, kind) for item in items]
                if kind == "eq":
                    body = " && ".join(f"{p} {x} {y}" for p, x, y in zip(parts, xs, ys, strict=True))
                    return f"(\\({', '.join(xs)}) ({', '.join(ys)}) -> {body})"
                if kind == "show":
                    shown = ' ++ ", " ++ '.join(f"{p} {x}" for p, x in zip(parts, xs, strict=True))
                    return f'(\\({", ".join(xs)}) -> "(" ++ {shown} ++ ")")'
                return "(const True)"
        raise Untypable(f"type {t} is not known precisely enough for Haskell")

    # --- what Haskell cannot say ------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        elem: Type | None = None
        if isinstance(current, ListType | SetType):
            elem = current.elem
        elif isinstance(current, TupleType) and current.variadic:
            elem = current.items[0]
        if elem is None:
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(elem), "TcList.sort"
        return (SetType(elem) if name == "set" else ListType(elem)), None

    # --- values -----------------------------------------------------------------------------------------

    @staticmethod
    def _slot(v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def value(self, v: Value) -> str:
        text = super().value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"(Just {text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        return f"({v.value})" if v.value < 0 else str(v.value)

    def float_literal(self, x: float) -> str:
        text = super().float_literal(x)
        if not any(c in text for c in ".eEN/"):
            text += ".0"  # Haskell reads 3 as a Double too, but MultiPL-E writes 3.0
        return f"({text})" if text.startswith("-") else text

    def emit_none(self, v: NoneValue) -> str:
        return "Nothing" if isinstance(v.type, OptionalType) else "()"

    def emit_list(self, v: ListValue | SetValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    emit_set = emit_list

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or isinstance(slot, ListType | SetType):
            return "[" + ", ".join(map(self.value, v.items)) + "]"
        if len(v.items) == 1:
            return self.value(v.items[0])
        return "(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_dict(self, v: DictValue) -> str:
        return "[" + ", ".join(f"({self.value(k)}, {self.value(x)})" for k, x in v.items) + "]"

    def string(self, s: str) -> str:
        """A Haskell string literal: decimal escapes for all but printable ASCII, ``\\&`` after each, so a
        digit that follows is not read into the escape."""
        out = []
        for ch in s:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif " " <= ch <= "~":
                out.append(ch)
            else:
                out.append(f"\\{ord(ch)}\\&")
        return '"' + "".join(out) + '"'

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        return "-- | " + _LINE_START.sub("\n-- | ", text.replace("\r", " ").strip())

    def call_text(self, function: str, args: list[str]) -> str:
        return " ".join([function, *args])

    def signature_text(self, sig: Signature) -> str:
        name = self.ident(sig.name)
        types = []
        for t in [*(p.type for p in sig.params), sig.returns]:
            try:
                types.append(self.type_text(t))
            except Untypable:
                types.append("()")  # every check is then diagnosed: the prompt still reads as Haskell
        params = "".join(f" {self.ident(p.name)}" for p in sig.params)
        return f"{name} :: {' -> '.join(types)}\n{name}{params} ="

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a -- comment holds to its end."""
        lines = text.replace("\r", " ").splitlines()
        return lines[0] if lines else ""

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step} ({call})"
        relation = check.relation
        test = ""
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            test = f"{self._combinator(result, 'eq')} v' {expected}"
            if relation is Relation.NOT_EQUALS:
                test = f"not ({test})"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = f"{self._combinator(result, 'truthy')} v'"
            if relation is Relation.FALSY:
                test = f"not ({test})"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if isinstance(result, OptionalType):
                test = "maybe True (const False) v'"
            elif isinstance(result, NoneType):
                test = "v' == ()"
            else:
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
            if relation is Relation.IS_NOT_NONE:
                test = f"not ({test})"
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = "v'" if relation is Relation.IS_TRUE else "not v'"
        rtype = self.type_text(result)
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": f"({call}) :: {rtype}",
            "test": test,
            "show": self._combinator(result, "show"),
            "tol": f"({self.float_literal(tolerance.rel)}, {self.float_literal(tolerance.abs)}, "
            f"{'True' if tolerance.strict else 'False'}) :: TcTol",
            "line": check.span.line,
            "text": self.inert(check.text),
        }
