"""Trace mode's recorder, inside the sandbox: what each traced assertion's operands evaluated to.

The instrumented test code calls ``hole(id, value)`` around every operand the compiled check needs (the
arguments of the call under test, the value it is compared with, a tolerance) and ``begin``/``end`` around
the assertion; ``end`` is reached only when the assertion passed. Values are written as they are when
recorded (a later mutation does not change them), as JSON with a tag per kind so that ints, floats, tuples
and sets read back as what they were.
"""

import json

MAX_NODES = 100_000  # values in one recorded operand; beyond it the operand is "too large"

_out = None
_latest = {}


class _TooLarge(Exception):
    pass


def start(path):
    global _out
    _out = open(path, "w", encoding="utf-8")  # noqa: SIM115 (open for the whole run)


def event(**fields):
    _out.write(json.dumps(fields) + "\n")
    _out.flush()


def _encode(value, budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooLarge
    if value is None:
        return {"n": 0}
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, int):
        return {"i": str(value)}
    if isinstance(value, float):
        return {"f": repr(value)}
    if isinstance(value, str):
        return {"s": value}
    if type(value) in (list, tuple, set, frozenset):
        tag = {list: "l", tuple: "t"}.get(type(value), "set")
        return {tag: [_encode(item, budget) for item in value]}
    if type(value) is dict:
        return {"dict": [[_encode(k, budget), _encode(v, budget)] for k, v in value.items()]}
    return {"x": type(value).__name__}


def encode(value):
    try:
        return _encode(value, [MAX_NODES])
    except _TooLarge:
        return {"x": f"a value of more than {MAX_NODES} parts"}
    except RecursionError:
        return {"x": "a value nested too deeply"}


def hole(hid, value):
    _latest[hid] = encode(value)
    return value


def begin(aid, own):
    for hid in own:
        _latest.pop(hid, None)
    event(begin=aid)


def end(aid, holes):
    event(end=aid, values={str(h): _latest[h] for h in holes if h in _latest})
