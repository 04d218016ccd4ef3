// The harness's prelude: Python's == on the values these D values stand for (floats within the suite's
// tolerance, NaN equal to NaN, associative arrays by content, tuples and Nullable structurally), printing
// values in D's notation (grammars/values_d.lark) and the result lines. Its names start with __tc, which a
// solution's own names never do (they are renamed). It allocates through the GC only to show a value.
//
// Its templates are instantiated by each program. Its runtime (runtime.d: the result lines, running a
// check) is compiled once per machine into an object where the executor could build it (emitters/d/build.py);
// a program compiled with --d-version=tc_prelude links that object and sees only the declarations below.
static import core.stdc.stdio;
static import core.stdc.stdlib;
static import core.stdc.string;
static import core.exception;
static import std.typecons;
import std.typecons : Tuple, tuple, Nullable;

struct __tc_Tol { double rel; double abs; bool strict; }

bool __tc_eq(T)(auto ref T a, auto ref T b, const __tc_Tol tol) {
    static if (is(T == typeof(null))) {
        return true;
    } else static if (__traits(isFloating, T)) {
        return __tc_float_eq(a, b, tol);
    } else static if (is(T : const(char)[])) {
        return a == b;
    } else static if (is(T == E[], E)) {
        if (a.length != b.length) return false;
        foreach (i; 0 .. a.length)
            if (!__tc_eq(a[i], b[i], tol)) return false;
        return true;
    } else static if (is(T == V[K], V, K)) {
        if (a.length != b.length) return false;
        foreach (k, ref v; a) {
            auto w = k in b;
            if (w is null || !__tc_eq(v, *w, tol)) return false;
        }
        return true;
    } else static if (std.typecons.isTuple!T) {
        static foreach (i; 0 .. T.Types.length)
            if (!__tc_eq(a[i], b[i], tol)) return false;
        return true;
    } else static if (is(T == Nullable!U, U)) {
        if (a.isNull || b.isNull) return a.isNull && b.isNull;
        return __tc_eq(a.get, b.get, tol);
    } else {
        return a == b;
    }
}

bool __tc_truthy(T)(auto ref T v) {
    static if (is(T == typeof(null))) return false;
    else static if (is(T == bool)) return v;
    else static if (__traits(isArithmetic, T)) return v != 0;
    else static if (is(T == E[], E) || is(T == V[K], V, K)) return v.length != 0;
    else static if (is(T == Nullable!U, U)) return !v.isNull && __tc_truthy(v.get);
    else return true;
}

void __tc_show_into(T)(auto ref T v, ref char[] out_) {
    static if (is(T == typeof(null))) {
        out_ ~= "null";
    } else static if (is(T == bool)) {
        out_ ~= v ? "true" : "false";
    } else static if (__traits(isFloating, T)) {
        __tc_show_float(v, out_);
    } else static if (__traits(isIntegral, T)) {
        char[24] buf;
        int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%lld", cast(long) v);
        out_ ~= buf[0 .. n];
    } else static if (is(T : const(char)[])) {
        __tc_show_string(v, out_);
    } else static if (is(T == E[], E)) {
        out_ ~= '[';
        foreach (i, ref x; v) {
            if (i) out_ ~= ", ";
            __tc_show_into(x, out_);
        }
        out_ ~= ']';
    } else static if (is(T == V[K], V, K)) {
        if (v.length == 0) { out_ ~= "[:]"; return; }
        out_ ~= '[';
        bool first = true;
        foreach (k, ref x; v) {
            if (!first) out_ ~= ", ";
            first = false;
            __tc_show_into(k, out_);
            out_ ~= ": ";
            __tc_show_into(x, out_);
        }
        out_ ~= ']';
    } else static if (std.typecons.isTuple!T) {
        out_ ~= "tuple(";
        static foreach (i; 0 .. T.Types.length) {
            static if (i) out_ ~= ", ";
            __tc_show_into(v[i], out_);
        }
        out_ ~= ')';
    } else static if (is(T == Nullable!U, U)) {
        if (v.isNull) out_ ~= "Nullable.null";
        else __tc_show_into(v.get, out_);
    } else {
        static assert(false, "no way to show " ~ T.stringof);
    }
}

string __tc_show(T)(auto ref T v) {
    char[] out_;
    __tc_show_into(v, out_);
    return cast(string) out_;
}

// A set (bool[T], every value true) is shown as its keys: set([1, 2]).
string __tc_show_set(T)(auto ref bool[T] v) {
    char[] out_ = "set([".dup;
    bool first = true;
    foreach (k, _; v) {
        if (!first) out_ ~= ", ";
        first = false;
        __tc_show_into(k, out_);
    }
    out_ ~= "])";
    return cast(string) out_;
}

// Python's sorted(), set() and list() around the call.
E[] __tc_sorted(E)(E[] items) {
    static import std.algorithm.sorting;
    auto copy = items.dup;
    std.algorithm.sorting.sort!((a, b) => a < b)(copy);
    return copy;
}
K[] __tc_sorted(K)(bool[K] items) { return __tc_sorted(items.keys); }
bool[E] __tc_set(E)(E[] items) {
    bool[E] out_;
    foreach (x; items) out_[x] = true;
    return out_;
}
bool[E] __tc_set(E)(bool[E] items) { return items; }
K[] __tc_list(K)(bool[K] items) { return items.keys; }

version (tc_prelude) {
{{ runtime_declarations }}
} else {
{% include "runtime.d" %}
}
