"""Perl 5 (5.36): array refs for lists, tuples and sets, hash refs for dicts, undef for None.

Perl's scalars carry no declared type, but 5.36 keeps what made them: a comparison's stable boolean
(``!!1``), an integer, a float or a string. The harness prints a scalar by what made it, and compares the
same way, so ``"1"`` (a string, as ``split`` returns) is not the integer 1, as in Python. Hash keys are
always strings: a key that spells a canonical integer prints as that integer, and an expected dict whose
*string* key spells one is skipped (Perl cannot tell {"1": x} from {1: x}). Integers beyond 64 bits are
Math::BigInt objects.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from emitters.base import Emitter, Install, Runtime, walk
from ir import (
    BoolValue,
    Check,
    DictValue,
    IntValue,
    ListValue,
    SetValue,
    Signature,
    StrValue,
    Suite,
    TupleValue,
    Value,
)

# In a double-quoted Perl string, $ and @ interpolate: both are escaped (MultiPL-E's translator does not).
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "$": "\\$",
    "@": "\\@",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\a": "\\a",
    "\f": "\\f",
    "\x1b": "\\e",
}

_CANONICAL_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_INT64 = range(-(2**63), 2**63)

# Perl's named operators and keywords: a sub of that name is not what a bare call calls.
_RESERVED = frozenset(
    """
    abs accept alarm and atan2 bind binmode bless break caller chdir chmod chomp chop chown chr chroot close
    closedir cmp connect continue cos crypt dbmclose default defined delete die do dump each else elsif
    endgrent endhostent endnetent endprotoent endpwent endservent eof eq eval evalbytes exec exists exit exp
    fc fcntl fileno flock for foreach fork format formline ge getc getgrent getgrgid getgrnam gethostbyaddr
    gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp getppid
    getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname
    getservbyport getservent getsockname getsockopt given glob gmtime goto grep gt hex if index int ioctl
    join keys kill last lc lcfirst le length link listen local localtime lock log lstat lt map mkdir msgctl
    msgget msgrcv msgsnd my ne next no not oct open opendir or ord our pack package pipe pop pos print printf
    prototype push quotemeta rand read readdir readline readlink readpipe recv redo ref rename require reset
    return reverse rewinddir rindex rmdir say scalar seek seekdir select semctl semget semop send setgrent
    sethostent setnetent setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl shmget
    shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt srand stat state
    study sub substr symlink syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times
    truncate uc ucfirst umask undef unless unlink unpack unshift untie until use utime values vec wait
    waitpid wantarray warn when while write x xor y q qq qw qr qx m s tr
    BEGIN END INIT CHECK UNITCHECK DESTROY AUTOLOAD STDIN STDOUT STDERR ARGV ENV INC
    """.split()
)


class PerlEmitter(Emitter):
    name = "pl"
    aliases = ("perl",)
    display = "Perl"
    file_ext = "pl"
    multipl_t = False
    notation = "pl"  # Perl's own notation: grammars/values_pl.lark
    string_reading = "backslash"
    sequences_alike = True  # lists and tuples are both array refs
    bool_is_int = True  # True == 1 and False == 0, as in Python
    numeric_strings = True  # "3" from split equals 3: Perl's scalars are both (MultiPL-E compares as strings)
    none_is_false = False  # undef stands for None only
    sets_as_lists = True  # a set is an array ref of its items, compared as a set
    ascii_identifiers = True
    stop_tokens = ("\nsub", "\n#", "\n\n")  # MultiPL-E's
    none_literal = "undef"
    true_literal = "!!1"  # Perl 5.36's stable booleans: builtin::is_bool tells them from 1 and ""
    false_literal = "!!0"
    nan_literal = "(9**9**9 / 9**9**9)"
    inf_literal = "(9**9**9)"
    neg_inf_literal = "(-9**9**9)"
    string_escapes = _ESCAPES
    control_escape = "\\x{{{:02x}}}"
    bmp_escape = astral_escape = "\\x{{{:x}}}"
    runtime = Runtime(
        interpreters=("perl",),
        run=("{interpreter}", "{file}"),
        parse_only=("{interpreter}", "-c", "{file}"),
        version=("{interpreter}", "-e", "print $^V"),
        install=Install(debian=("perl",)),
        # Perl's "Out of memory!" cannot be caught: the run's memory cgroup (the kernel's OOM kill) is the
        # evidence, not an address-space limit that makes malloc fail.
        limit_address_space=False,
    )
    stub_body = "    return undef;\n}\n"
    comment_prefix = "#"
    int_bits = None  # beyond 64 bits: Math::BigInt
    reserved = _RESERVED
    harness_names = frozenset()  # the harness calls only lexicals ($__tc_...) declared after the solution
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "array",
        "lists": "arrays",
        "List": "Array",
        "Lists": "Arrays",
        "tuple": "array",
        "tuples": "arrays",
        "Tuple": "Array",
        "dictionary": "hash",
        "dictionaries": "hashes",
        "Dictionary": "Hash",
        "dict": "hash",
        "None": "undef",
        "True": "1",
        "False": "0",
    }

    # --- what Perl cannot say ---------------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, DictValue):
            for key, _ in v.items:
                if not isinstance(key, IntValue | StrValue) or isinstance(key, BoolValue):
                    kind = type(key).__name__.removesuffix("Value").lower()
                    return f"a {kind} as a hash key: Perl's hash keys are strings"
        return super().check_value(v)

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        reason = super().unsupported(check, suite)
        if reason or check.expected is None:
            return reason
        for part in walk(check.expected):
            if isinstance(part, DictValue):
                for key, _ in part.items:
                    if isinstance(key, StrValue) and _CANONICAL_INT.fullmatch(key.value):
                        return f"the string key {key.value!r} cannot be told from the integer in a Perl hash"
        return None

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        if v.value in _INT64:
            return str(v.value)
        return f'Math::BigInt->new("{v.value}")'

    def emit_bool(self, v: BoolValue) -> str:
        if self._prompting:
            return "1" if v.value else "0"
        return super().emit_bool(v)

    _prompting = False

    def emit_list(self, v: ListValue | TupleValue | SetValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    emit_tuple = emit_list
    emit_set = emit_list

    def key(self, k: Value) -> str:
        return str(k.value) if isinstance(k, IntValue) and k.value in _INT64 else self.value(k)

    def emit_dict(self, v: DictValue) -> str:
        return "{" + ", ".join(f"{self.key(k)} => {self.value(x)}" for k, x in v.items) + "}"

    def expected_value(self, v: Value) -> str:
        """An expected value: as an argument would be, except that sets are marked for the harness's
        equality (compared as sets, not in order)."""
        match v:
            case SetValue(items):
                return "$__tc_set_of->([" + ", ".join(map(self.expected_value, items)) + "])"
            case ListValue(items) | TupleValue(items):
                return "[" + ", ".join(map(self.expected_value, items)) + "]"
            case DictValue(items):
                return "{" + ", ".join(f"{self.key(k)} => {self.expected_value(x)}" for k, x in items) + "}"
        return self.value(v)

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        context = super().check_context(index, check, suite)
        if check.expected is not None:
            context["expected"] = self.expected_value(check.expected)
        context["bigint"] = "Math::BigInt->" in context["call"] or "Math::BigInt->" in (
            context["expected"] or ""
        )
        return context

    def convert(self, expr: str, conversion: str) -> str:
        return f"$__tc_{conversion}->({expr})"

    # --- prompt -----------------------------------------------------------------------------------------

    def prompt_docstring(self, sig: Signature) -> str:
        # Examples show booleans as a Perl programmer writes them (1 and 0), not as the harness does.
        self._prompting = True
        try:
            return super().prompt_docstring(sig)
        finally:
            self._prompting = False

    def docstring_comment(self, sig: Signature) -> str:
        """MultiPL-E's comment: each docstring line stripped of its indent, after "# "; blank lines go."""
        lines = [line.strip() for line in self.prompt_docstring(sig).strip().splitlines()]
        return "\n".join(f"# {line}" for line in lines if line)

    def variable(self, name: str) -> str:
        """A parameter as a Perl lexical: ``$name`` (sigils keep keywords apart; ``$_`` is not lexical)."""
        if not name.isascii():
            name = "".join(c if c.isascii() else f"_u{ord(c):x}" for c in name)
        return "$" + (name + "_" if name == "_" or name.startswith("__tc") else name)
