import math as __tc_math
import os as __tc_os
import sys as __tc_sys

# Builtins through the module: a solution may define its own `max` or `len`.
import builtins as __tc_b

__tc_nonce = __tc_os.environ.get("{{ NONCE_VARIABLE }}", "{{ DEFAULT_NONCE }}")
__tc_failures = [0]


def __tc_close(a, b, tol):
    rel, abs_, strict = tol
    if __tc_math.isnan(a) and __tc_math.isnan(b):
        return True
    if a == b:
        return True
    diff = __tc_b.abs(a - b)
    bound = __tc_b.max(rel * __tc_b.max(__tc_b.abs(a), __tc_b.abs(b)), abs_)
    return diff < bound if strict else diff <= bound


def __tc_eq(a, b, tol):
    """Python's == with floats compared within tol at any depth (and nan equal to nan)."""
    numbers = (__tc_b.int, __tc_b.float)
    if __tc_b.isinstance(a, numbers) and __tc_b.isinstance(b, numbers):
        if __tc_b.isinstance(a, __tc_b.float) or __tc_b.isinstance(b, __tc_b.float):
            return __tc_close(__tc_b.float(a), __tc_b.float(b), tol)
        return a == b
    if __tc_b.type(a) in (__tc_b.list, __tc_b.tuple) and __tc_b.type(a) is __tc_b.type(b):
        return __tc_b.len(a) == __tc_b.len(b) and __tc_b.all(__tc_eq(x, y, tol) for x, y in __tc_b.zip(a, b))
    if __tc_b.isinstance(a, __tc_b.dict) and __tc_b.isinstance(b, __tc_b.dict):
        return a.keys() == b.keys() and __tc_b.all(__tc_eq(a[k], b[k], tol) for k in a)
    return a == b


def __tc_show(value):
    text = __tc_b.repr(value)
    return text if __tc_b.len(text) <= 300 else text[:300] + "..."


def __tc_report(index, status, detail=""):
    line = f"{__tc_nonce} {index} {status} {detail}".rstrip()
    __tc_b.print(line.replace("\n", "\\n").replace("\r", "\\r"), flush=True)
    if status != "pass":
        __tc_failures[0] += 1


def __tc_check(index, thunk, relation, expected, tol, exception):
    try:
        actual = thunk()
    except __tc_b.BaseException as exc:
        names = {cls.__name__ for cls in __tc_b.type(exc).__mro__}
        if relation == "raises" and exception in names:
            __tc_report(index, "pass")
            return
        if __tc_b.isinstance(exc, __tc_b.MemoryError):
            __tc_report(index, "oom", "MemoryError")
        elif relation == "raises":
            __tc_report(index, "fail", f"expected {exception}, got {__tc_b.type(exc).__name__}: {exc}")
        else:
            __tc_report(index, "error", f"{__tc_b.type(exc).__name__}: {exc}")
        if not __tc_b.isinstance(exc, __tc_b.Exception):  # SystemExit, KeyboardInterrupt: let them end it
            raise
        return
    if relation == "raises":
        ok = False
    elif relation in ("equals", "approx"):
        ok = __tc_eq(actual, expected, tol)
    elif relation == "not_equals":
        ok = not __tc_eq(actual, expected, tol)
    elif relation == "truthy":
        ok = __tc_b.bool(actual)
    elif relation == "falsy":
        ok = not actual
    elif relation == "is_none":
        ok = actual is None
    elif relation == "is_not_none":
        ok = actual is not None
    elif relation == "is_true":
        ok = actual is True
    elif relation == "is_false":
        ok = actual is False
    else:
        raise ValueError(relation)
    if ok:
        __tc_report(index, "pass")
    elif relation == "raises":
        __tc_report(index, "fail", "no exception raised; got " + __tc_show(actual))
    else:
        __tc_report(index, "fail", "got " + __tc_show(actual))


def __tc_emit(index, kind, detail):
    __tc_b.print(f"{__tc_nonce} {index} {kind} {detail}".replace("\n", "\\n").replace("\r", "\\r"), flush=True)


def __tc_observe(index, thunk):
    """The value the call returned, for the executor to judge (the expected value is not in this program)."""
    try:
        value = thunk()
    except __tc_b.BaseException as exc:
        names = ",".join(cls.__name__ for cls in __tc_b.type(exc).__mro__)
        kind = "oom" if __tc_b.isinstance(exc, __tc_b.MemoryError) else "error"
        __tc_emit(index, kind, f"{names} {exc}")
        return
    __tc_emit(index, "value", __tc_b.repr(value))


def __tc_finish_observed():
    __tc_b.print(f"{__tc_nonce} done", flush=True)
    __tc_sys.exit(0)


def __tc_finish(count):
    __tc_b.print(f"{__tc_nonce} done {count - __tc_failures[0]} {__tc_failures[0]}", flush=True)
    __tc_sys.exit(1 if __tc_failures[0] else 0)
