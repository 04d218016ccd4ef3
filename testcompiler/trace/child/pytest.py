"""The part of pytest that test modules use, for trace mode's runs inside the sandbox (where the real
pytest is out of reach): raises, approx, mark (parametrize, skip, skipif, xfail, any other name), param,
fixture, fail, skip. The driver (__tc_driver.py) expands parametrize marks and provides simple fixtures."""

import math
import re
import warnings


class Skipped(Exception):
    pass


class Failed(AssertionError):
    pass


def fail(reason="", pytrace=True):
    raise Failed(reason)


def skip(reason="", allow_module_level=False):
    raise Skipped(reason)


class _Mark:
    def __init__(self, name, args, kwargs):
        self.name, self.args, self.kwargs = name, args, kwargs

    def __call__(self, fn):
        fn.pytestmark = [*getattr(fn, "pytestmark", []), self]
        return fn


class _MarkFactory:
    def __getattr__(self, name):
        return lambda *args, **kwargs: _Mark(name, args, kwargs)


mark = _MarkFactory()


class _Param:
    _tc_param = True

    def __init__(self, values, id=None, marks=()):
        self.values, self.id, self.marks = values, id, marks


def param(*values, id=None, marks=()):
    return _Param(values, id, marks)


def fixture(function=None, *, scope="function", params=None, autouse=False, ids=None, name=None):
    def wrap(fn):
        fn._tc_fixture = True
        fn._tc_function = fn
        return fn

    return wrap(function) if callable(function) else wrap


class _Raises:
    def __init__(self, expected, match=None):
        self.expected, self.match, self.value = expected, match, None

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            raise Failed(f"DID NOT RAISE {self.expected}")
        if not issubclass(kind, self.expected):
            return False
        if self.match is not None and not re.search(self.match, str(exc)):
            raise AssertionError(f"regex {self.match!r} does not match {str(exc)!r}")
        self.value = exc
        return True


def raises(expected, *args, match=None, **kwargs):
    if args:
        with _Raises(expected, match):
            args[0](*args[1:], **kwargs)
        return None
    return _Raises(expected, match)


class _Warns(warnings.catch_warnings):
    def __init__(self, expected=Warning, match=None):
        super().__init__(record=True)
        self.expected, self.match = expected, match

    def __enter__(self):
        self.list = super().__enter__()
        warnings.simplefilter("always")
        return self.list

    def __exit__(self, *exc):
        super().__exit__(*exc)
        if exc[0] is None and not any(issubclass(w.category, self.expected) for w in self.list):
            raise Failed(f"DID NOT WARN {self.expected}")


def warns(expected=Warning, *args, match=None):
    return _Warns(expected, match)


def deprecated_call():
    return _Warns((DeprecationWarning, PendingDeprecationWarning))


class approx:
    """pytest.approx: within ``max(rel * |expected|, abs)``; rel defaults to 1e-6 unless only abs is given."""

    def __init__(self, expected, rel=None, abs=None, nan_ok=False):
        self.expected, self.nan_ok = expected, nan_ok
        self.abs = 1e-12 if abs is None else abs
        self.rel = (0.0 if abs is not None else 1e-6) if rel is None else rel

    def _close(self, actual, expected):
        if isinstance(expected, dict):
            return (
                isinstance(actual, dict)
                and actual.keys() == expected.keys()
                and all(self._close(actual[k], v) for k, v in expected.items())
            )
        if isinstance(expected, list | tuple):
            return (
                isinstance(actual, list | tuple)
                and len(actual) == len(expected)
                and all(self._close(a, e) for a, e in zip(actual, expected, strict=True))
            )
        if not isinstance(expected, int | float) or isinstance(expected, bool):
            return actual == expected
        if actual == expected:
            return True
        if not isinstance(actual, int | float) or isinstance(actual, bool):
            return False
        if math.isnan(expected):
            return self.nan_ok and math.isnan(actual)
        if math.isinf(expected):
            return False
        return math.fabs(actual - expected) <= max(self.rel * math.fabs(expected), self.abs)

    def __eq__(self, actual):
        return self._close(actual, self.expected)

    __hash__ = None

    def __repr__(self):
        return f"approx({self.expected!r})"
