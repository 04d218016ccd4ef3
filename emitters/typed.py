"""What every statically typed target shares: each value, comparison and printer takes the IR type of its
place, and a check the language cannot type is a diagnostic for that check alone, the rest kept.

A typed language's emitter subclasses ``TypedEmitter`` and writes ``type_text`` (raising ``Untypable`` for
what it cannot say), ``check_context`` (raising ``Untypable`` for a check it cannot write) and, where Python's
``sorted``/``set``/``list``/``tuple`` around the call have an equivalent, ``conversion``. Types are settled
once per suite (``typed_signature``): the declared type where the language can write it, else the most
common typable one among the values the checks hold.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from emitters.base import Compiled, Emitter
from ir import (
    ANY,
    BOOL,
    Check,
    ListType,
    ListValue,
    NoneType,
    Relation,
    SetType,
    SetValue,
    Signature,
    Suite,
    TupleValue,
    Type,
    Value,
    coerce,
    fits,
    from_python,
    to_python,
)

TRUTH = (Relation.TRUTHY, Relation.FALSY, Relation.IS_TRUE, Relation.IS_FALSE)


class Untypable(Exception):
    """What the language cannot type, and why."""


class TypedEmitter(Emitter):
    def type_text(self, t: Type) -> str:
        """``t`` in the language's own notation; raises Untypable for what it cannot say."""
        raise NotImplementedError

    def typable(self, t: Type) -> bool:
        try:
            self.type_text(t)
        except Untypable:
            return False
        return True

    def return_type(self, suite: Suite) -> Type:
        """The declared or inferred return type; a suite that only tests truthiness returns a bool."""
        returns = suite.signature.returns
        if returns == ANY and suite.checks and all(c.relation in TRUTH for c in suite.checks):
            return BOOL
        return returns

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        """The type after Python's ``name`` (sorted, set, list, tuple) applied to a ``current``, and the
        language's function doing it (None: nothing to do). Raises Untypable where there is none."""
        raise Untypable(f"{name}() of a {current} has no {self.display} equivalent here")

    def typed_call(self, check: Check, suite: Suite) -> tuple[list[Value], Type, list[str]]:
        """The call's arguments (defaults filled in, each coerced to its parameter's type), the type of the
        converted result, and the conversions as the language's functions. Raises Untypable."""
        params = suite.signature.params
        if len(check.call.args) > len(params):
            raise Untypable(f"{len(check.call.args)} arguments for {len(params)} parameters")
        args = list(check.call.args)
        for param in params[len(args) :]:
            if param.default is None:
                raise Untypable(f"the default of {param.name!r} is not a constant")
            args.append(param.default)
        typed = []
        for arg, param in zip(args, params, strict=True):
            self.type_text(param.type)
            if not fits(arg, param.type):
                raise Untypable(f"argument {self.debug_value(arg)} is not a {param.type}")
            typed.append(coerce(arg, param.type))
        current = self.return_type(suite)
        self.type_text(current)
        steps = []
        for name in check.call.conversions:
            current, step = self.conversion(name, current)
            self.type_text(current)
            if step:
                steps.append(step)
        return typed, current, steps

    def expected_value(self, check: Check, result: Type) -> Value:
        """The check's expected value in the type of the (converted) result: a tuple or set compared with a
        list result is that list, and so on. Raises Untypable when it does not fit."""
        expected = check.expected
        assert expected is not None
        if isinstance(result, ListType) and isinstance(expected, TupleValue | SetValue | ListValue):
            expected = ListValue(expected.items, type=result)
        elif isinstance(result, SetType) and isinstance(expected, TupleValue | SetValue | ListValue):
            expected = SetValue(expected.items, type=result)
        if not fits(expected, result):
            raise Untypable(f"expected value {self.debug_value(expected)} is not a {result}")
        return coerce(expected, result)

    def debug_value(self, v: Value) -> str:
        """The value as Python wrote it, for diagnostics."""
        try:
            text = repr(to_python(v))
        except TypeError:  # a sequence read as a set, holding unhashable values: no Python value
            kind = type(v).__name__.removesuffix("Value").lower()
            text = f"a {kind} of {len(getattr(v, 'items', ()))} items"
        return text if len(text) < 40 else text[:37] + "..."

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        reason = super().unsupported(check, suite)
        if reason:
            return reason
        try:
            self.check_context(0, check, suite)
        except Untypable as exc:
            return str(exc)
        return None

    def settle(self, declared: Type, observed: list[Type]) -> Type:
        """One type for a place Python fills with several: the declared one if the language can write it,
        else the most common typable one among the values seen (checks with other values are diagnosed)."""
        if self.typable(declared):
            return declared
        # A place that only None fills says nothing the language can use: the unit type fits no other.
        counts = Counter(t for t in observed if self.typable(t) and not isinstance(t, NoneType))
        return counts.most_common(1)[0][0] if counts else declared

    def typed_signature(self, suite: Suite) -> Signature:
        sig = suite.signature
        params = tuple(
            replace(
                p,
                type=self.settle(
                    p.type, [natural_type(c.call.args[i]) for c in suite.checks if len(c.call.args) > i]
                ),
            )
            for i, p in enumerate(sig.params)
        )
        observed = [
            natural_type(c.expected)
            for c in suite.checks
            if c.expected is not None and not c.call.conversions and c.relation is not Relation.RAISES
        ]
        return replace(sig, params=params, returns=self.settle(self.return_type(suite), observed))

    def compile(self, suite: Suite) -> Compiled:
        return super().compile(replace(suite, signature=self.typed_signature(suite)))


def natural_type(v: Value) -> Type:
    """A value's own type, before inference fitted it into a shared (perhaps untypable) one."""
    return from_python(to_python(v)).type
