"""Trace mode's driver, inside the sandbox: run a test module against the Python reference.

Reads ``trace_config.json``; runs the reference, then the instrumented test module (as ``__main__``, so a
main guard runs too), then what the module only defines: ``check(<reference>)`` for HumanEval's style,
``test_*`` functions with their ``parametrize`` cases and simple fixtures, and unittest TestCases. A test
that cannot run (a fixture we do not provide) is reported, never guessed at.
"""

import inspect
import itertools
import json
import random
import sys
import tempfile
import traceback
import unittest
from pathlib import Path

import __tc_recorder as recorder


class Unrunnable(Exception):
    pass


def short(exc):
    return "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()[-1][:300]


def marks(fn, name):
    return [m for m in getattr(fn, "pytestmark", []) if m.name == name]


def parametrized(fn):
    """Every combination of the function's parametrize marks, as keyword dicts (one empty dict if none)."""
    axes = []
    for mark in marks(fn, "parametrize"):
        names, values = mark.args[0], mark.args[1]
        single = isinstance(names, str) and "," not in names  # as pytest: then each value stands alone
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",") if n.strip()]
        cases = []
        for value in values:
            if getattr(value, "_tc_param", False):  # pytest.param(...)
                value = value.values[0] if single else value.values
            cases.append({names[0]: value} if single else dict(zip(names, value, strict=True)))
        axes.append(cases)
    for combination in itertools.product(*axes):
        merged = {}
        for part in combination:
            merged.update(part)
        yield merged


def fixture_value(name, namespace, cleanups, seen):
    if name == "tmp_path":
        return Path(tempfile.mkdtemp())
    fixture = namespace.get(name)
    if fixture is None or not getattr(fixture, "_tc_fixture", False) or name in seen:
        raise Unrunnable(f"fixture {name!r} is not one trace mode can provide")
    function = fixture._tc_function
    kwargs = {
        p: fixture_value(p, namespace, cleanups, seen | {name})
        for p in inspect.signature(function).parameters
    }
    value = function(**kwargs)
    if inspect.isgenerator(value):
        generator = value
        value = next(generator)
        cleanups.append(generator)
    return value


def run_test(name, fn, namespace):
    if marks(fn, "skip") or any(m.args and m.args[0] for m in marks(fn, "skipif")):
        recorder.event(unrun=name, reason="marked skip")
        return
    for case in parametrized(fn):
        cleanups = []
        try:
            kwargs = dict(case)
            for param in inspect.signature(fn).parameters:
                if param not in kwargs:
                    kwargs[param] = fixture_value(param, namespace, cleanups, frozenset())
            fn(**kwargs)
        except Unrunnable as exc:
            recorder.event(unrun=name, reason=str(exc))
            return
        except BaseException as exc:  # a failing test: its other assertions are simply not reached
            if isinstance(exc, KeyboardInterrupt):
                raise
            recorder.event(failed=name, reason=short(exc))
        finally:
            for generator in cleanups:
                for _ in generator:
                    pass


def main():
    config = json.loads(Path("trace_config.json").read_text(encoding="utf-8"))
    recorder.start("trace.jsonl")
    random.seed(config["seed"])
    namespace = {"__name__": "__main__", "__tc__": recorder}
    sys.modules["__main__"].__dict__.update(namespace)
    namespace = sys.modules["__main__"].__dict__
    if config["reference"]:
        try:
            exec(compile(Path("reference.py").read_text(encoding="utf-8"), "reference.py", "exec"), namespace)
        except BaseException as exc:
            recorder.event(error="the reference fails to load: " + short(exc))
            return
    try:
        exec(compile(Path("suite.py").read_text(encoding="utf-8"), config["filename"], "exec"), namespace)
    except BaseException as exc:
        recorder.event(failed="<module>", reason=short(exc))
    if config["call_check"] and callable(namespace.get("check")):
        try:
            namespace["check"](namespace[config["entry"]])
        except BaseException as exc:
            recorder.event(failed="check", reason=short(exc))
    for name, value in list(namespace.items()):
        if name.startswith("test") and inspect.isfunction(value) and value.__module__ == "__main__":
            run_test(name, value, namespace)
        elif inspect.isclass(value) and issubclass(value, unittest.TestCase):
            result = unittest.TestResult()
            unittest.defaultTestLoader.loadTestsFromTestCase(value).run(result)
            for test, text in result.errors + result.failures:
                recorder.event(failed=str(test), reason=text.strip().splitlines()[-1][:300])


main()
