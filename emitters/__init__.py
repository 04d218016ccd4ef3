"""Target-language emitters, found by MultiPL-E language key or alias."""

from __future__ import annotations

from emitters.base import DEFAULT_NONCE, NONCE_VARIABLE, Compiled, Emitter, Runtime, WarmWorker
from emitters.jl import JuliaEmitter
from emitters.lua import LuaEmitter
from emitters.ml import OCamlEmitter
from emitters.py import PythonEmitter
from emitters.r import REmitter
from emitters.rkt import RacketEmitter

_EMITTERS: tuple[type[Emitter], ...] = (
    PythonEmitter,
    LuaEmitter,
    RacketEmitter,
    OCamlEmitter,
    REmitter,
    JuliaEmitter,
)


class UnknownLanguage(KeyError):
    def __str__(self) -> str:
        return f"unknown language {self.args[0]!r} (known: {', '.join(languages())})"


def languages() -> list[str]:
    return [e.name for e in _EMITTERS]


def get_emitter(language: str) -> Emitter:
    for cls in _EMITTERS:
        if language == cls.name or language in cls.aliases:
            return cls()
    raise UnknownLanguage(language)


def all_emitters() -> list[Emitter]:
    return [cls() for cls in _EMITTERS]


__all__ = [
    "DEFAULT_NONCE",
    "NONCE_VARIABLE",
    "Compiled",
    "Emitter",
    "Runtime",
    "UnknownLanguage",
    "WarmWorker",
    "all_emitters",
    "get_emitter",
    "languages",
]
