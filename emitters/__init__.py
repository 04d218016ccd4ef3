"""Target-language emitters, one bundle per language (emitters/<key>/), found by MultiPL-E key or alias."""

from __future__ import annotations

import importlib

from emitters.base import DEFAULT_NONCE, NONCE_VARIABLE, Compiled, Emitter, Install, Runtime, WarmWorker

# The registry: one line per language, the key naming its folder emitters/<key>/ (docs/adding-a-language.md).
BUNDLES = (
    "py",
    "lua",
    "rkt",
    "ml",
    "r",
    "jl",
    "js",
    "ts",
    "php",
    "rb",
    "pl",
    "sh",
    "elixir",
    "clj",
    "cs",
    "cpp",
    "java",
    "go",
    "rs",
    "d",
    "kt",
    "scala",
    "hs",
    "adb",
)


def _emitter_class(key: str) -> type[Emitter]:
    """The one Emitter subclass that the bundle's module defines."""
    module = importlib.import_module(f"emitters.{key}")
    (cls,) = (
        v for v in vars(module).values()
        if isinstance(v, type) and issubclass(v, Emitter) and v.__module__ == module.__name__
    )  # fmt: skip
    if cls.name != key:
        raise ImportError(f"emitters/{key}/ defines the language {cls.name!r}, not {key!r}")
    return cls


_EMITTERS: tuple[type[Emitter], ...] = tuple(_emitter_class(key) for key in BUNDLES)


# The language test suites are written in: the frontend reads it, the pipeline's functions are in it.
SOURCE = "py"


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
