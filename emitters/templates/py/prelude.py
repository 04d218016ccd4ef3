import math as __tc_math
import os as __tc_os
import sys as __tc_sys

__tc_nonce = __tc_os.environ.get("{{ NONCE_VARIABLE }}", "{{ DEFAULT_NONCE }}")
__tc_failures = [0]


def __tc_close(a, b, tol):
    rel, abs_, strict = tol
    if __tc_math.isnan(a) and __tc_math.isnan(b):
        return True
    if a == b:
        return True
    diff = abs(a - b)
    bound = max(rel * max(abs(a), abs(b)), abs_)
    return diff < bound if strict else diff <= bound


def __tc_eq(a, b, tol):
    """Python's == with floats compared within tol at any depth (and nan equal to nan)."""
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers):
        if isinstance(a, float) or isinstance(b, float):
            return __tc_close(float(a), float(b), tol)
        return a == b
    if type(a) in (list, tuple) and type(a) is type(b):
        return len(a) == len(b) and all(__tc_eq(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(__tc_eq(a[k], b[k], tol) for k in a)
    return a == b


def __tc_show(value):
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + "..."


def __tc_report(index, status, detail=""):
    line = f"{__tc_nonce} {index} {status} {detail}".rstrip()
    print(line.replace("\n", "\\n").replace("\r", "\\r"), flush=True)
    if status != "pass":
        __tc_failures[0] += 1


def __tc_check(index, thunk, relation, expected, tol, exception):
    try:
        actual = thunk()
    except BaseException as exc:
        names = {cls.__name__ for cls in type(exc).__mro__}
        if relation == "raises" and exception in names:
            __tc_report(index, "pass")
        elif relation == "raises":
            __tc_report(index, "fail", f"expected {exception}, got {type(exc).__name__}: {exc}")
        else:
            __tc_report(index, "error", f"{type(exc).__name__}: {exc}")
        if not isinstance(exc, Exception):
            raise
        return
    if relation == "raises":
        ok = False
    elif relation in ("equals", "approx"):
        ok = __tc_eq(actual, expected, tol)
    elif relation == "not_equals":
        ok = not __tc_eq(actual, expected, tol)
    elif relation == "truthy":
        ok = bool(actual)
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


def __tc_finish(count):
    print(f"{__tc_nonce} done {count - __tc_failures[0]} {__tc_failures[0]}", flush=True)
    __tc_sys.exit(1 if __tc_failures[0] else 0)
