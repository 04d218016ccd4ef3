"""Target-language emitters, found by MultiPL-E language key or alias."""

from __future__ import annotations

from emitters.base import DEFAULT_NONCE, NONCE_VARIABLE, Compiled, Emitter, Install, Runtime, WarmWorker
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


# The language test suites are written in: the frontend reads it, the pipeline's functions are in it.
SOURCE = PythonEmitter.name


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


def source_emitter() -> Emitter:
    """The emitter of the source language (Python): coverage runs, type probes and reference checks."""
    return get_emitter(SOURCE)


def is_source(language: str) -> bool:
    """Whether ``language`` names the source language, by key or alias."""
    try:
        return get_emitter(language).name == SOURCE
    except UnknownLanguage:
        return False


def multipl_t_languages() -> tuple[str, ...]:
    """The targets MultiPL-T fine-tunes for, the pipeline's default (each bundle says whether it is one)."""
    return tuple(cls.name for cls in _EMITTERS if cls.multipl_t)


__all__ = [
    "DEFAULT_NONCE",
    "NONCE_VARIABLE",
    "SOURCE",
    "Compiled",
    "Emitter",
    "Install",
    "Runtime",
    "UnknownLanguage",
    "WarmWorker",
    "all_emitters",
    "get_emitter",
    "is_source",
    "languages",
    "multipl_t_languages",
    "source_emitter",
]
