// The prelude's runtime (included by prelude.d): no templates, so it compiles once per machine into an
// object (build.py). Each function has a fixed symbol name (pragma mangle), whatever module includes it.
__gshared size_t __tc_current = 0;
__gshared size_t __tc_failures = 0;
__gshared char[64] __tc_nonce_buf;
__gshared size_t __tc_nonce_len = 0;

pragma(mangle, "__tc_rt_start") void __tc_start() {
    const(char)* n = core.stdc.stdlib.getenv("{{ NONCE_VARIABLE }}");
    if (n is null) n = "{{ DEFAULT_NONCE }}";
    size_t len = core.stdc.string.strlen(n);
    if (len > 64) len = 64;
    __tc_nonce_buf[0 .. len] = n[0 .. len];
    __tc_nonce_len = len;
}

// One result line, written with write(2): never buffered behind a solution's own output, no allocation.
pragma(mangle, "__tc_rt_line") void __tc_line(const(char)[][] parts...) {
    static import core.sys.posix.unistd;
    char[4096] buf = void;
    size_t n = 0;
    void put(char c) {
        if (n < buf.length) buf[n++] = c;
        if (n == buf.length) { core.sys.posix.unistd.write(1, buf.ptr, n); n = 0; }
    }
    foreach (c; __tc_nonce_buf[0 .. __tc_nonce_len]) put(c);
    put(' ');
    foreach (text; parts) foreach (c; text) {
        if (c == '\n') { put('\\'); put('n'); }
        else if (c == '\r') { put('\\'); put('r'); }
        else put(c);
    }
    put('\n');
    if (n) core.sys.posix.unistd.write(1, buf.ptr, n);
}

pragma(mangle, "__tc_rt_float_eq") bool __tc_float_eq(double a, double b, const __tc_Tol tol) {
    if (a != a && b != b) return true;
    if (a == b) return true;
    double diff = a > b ? a - b : b - a;
    double ma = a < 0 ? -a : a, mb = b < 0 ? -b : b;
    double bound = tol.rel * (ma > mb ? ma : mb);
    if (tol.abs > bound) bound = tol.abs;
    return tol.strict ? diff < bound : diff <= bound;
}

// The shortest of %.15g, %.16g and %.17g that reads back as the same double, always with a '.' or an
// exponent (1.0, 1e+16), so that it reads back as a float.
pragma(mangle, "__tc_rt_show_float") void __tc_show_float(double x, ref char[] out_) {
    if (x != x) { out_ ~= "nan"; return; }
    if (x == double.infinity) { out_ ~= "inf"; return; }
    if (x == -double.infinity) { out_ ~= "-inf"; return; }
    char[40] buf;
    int n = 0;
    foreach (precision; 15 .. 18) {
        n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%.*g", precision, x);
        if (core.stdc.stdlib.strtod(buf.ptr, null) == x) break;
    }
    bool plain = true;
    foreach (c; buf[0 .. n])
        if (c == '.' || c == 'e' || c == 'n' || c == 'i') plain = false;
    out_ ~= buf[0 .. n];
    if (plain) out_ ~= ".0";
}

pragma(mangle, "__tc_rt_show_string") void __tc_show_string(const(char)[] s, ref char[] out_) {
    out_ ~= '"';
    foreach (char c; s) {
        switch (c) {
            case '"': out_ ~= "\\\""; break;
            case '\\': out_ ~= "\\\\"; break;
            case '\n': out_ ~= "\\n"; break;
            case '\t': out_ ~= "\\t"; break;
            case '\r': out_ ~= "\\r"; break;
            default:
                if (c < 32 || c == 127) {
                    char[8] buf;
                    int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "\\x%02x", cast(int) c);
                    out_ ~= buf[0 .. n];
                } else out_ ~= c;
        }
    }
    out_ ~= '"';
}

// The allocator ran dry during check __tc_current: say so with no allocation, and stop.
pragma(mangle, "__tc_rt_out_of_memory") void __tc_out_of_memory() {
    static import core.sys.posix.unistd;
    char[32] buf;
    int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%zu oom ", __tc_current);
    __tc_line(buf[0 .. n]);
    core.sys.posix.unistd._exit(1);
}

pragma(mangle, "__tc_rt_report") void __tc_report(size_t index, const(char)[] status, const(char)[] detail) {
    if (status != "pass") __tc_failures++;
    char[24] buf;
    int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%zu ", index);
    __tc_line(buf[0 .. n], status, detail.length ? " " : "", detail);
}

pragma(mangle, "__tc_rt_message") string __tc_message(Throwable t) {
    return t.classinfo.name ~ ": " ~ cast(string) t.msg;
}

pragma(mangle, "__tc_rt_check") void __tc_check(size_t index, scope bool delegate(ref string) thunk) {
    __tc_current = index;
    string shown;
    bool ok;
    try {
        ok = thunk(shown);
    } catch (core.exception.OutOfMemoryError) {
        __tc_out_of_memory();
    } catch (Throwable t) {
        __tc_report(index, "error", __tc_message(t));
        return;
    }
    if (ok) __tc_report(index, "pass", "");
    else __tc_report(index, "fail", "got " ~ shown);
}

pragma(mangle, "__tc_rt_raises") void __tc_raises(size_t index, scope void delegate() thunk) {
    __tc_current = index;
    try {
        thunk();
    } catch (core.exception.OutOfMemoryError) {
        __tc_out_of_memory();
    } catch (Throwable t) {
        __tc_report(index, "pass", "");
        return;
    }
    __tc_report(index, "fail", "no exception raised");
}

// The value the call returned, for the executor to judge (the expected value is not in this program).
pragma(mangle, "__tc_rt_observe") void __tc_observe(size_t index, scope string delegate() thunk) {
    __tc_current = index;
    string shown;
    try {
        shown = thunk();
    } catch (core.exception.OutOfMemoryError) {
        __tc_out_of_memory();
    } catch (Throwable t) {
        char[24] buf;
        int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%zu error ", index);
        __tc_line(buf[0 .. n], __tc_message(t));
        return;
    }
    char[24] buf;
    int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "%zu value ", index);
    __tc_line(buf[0 .. n], shown);
}

pragma(mangle, "__tc_rt_finish_observed") void __tc_finish_observed() {
    __tc_line("done");
    core.stdc.stdlib.exit(0);
}

pragma(mangle, "__tc_rt_finish") void __tc_finish(size_t count) {
    char[48] buf;
    int n = core.stdc.stdio.snprintf(buf.ptr, buf.length, "done %zu %zu", count - __tc_failures, __tc_failures);
    __tc_line(buf[0 .. n]);
    core.stdc.stdlib.exit(__tc_failures == 0 ? 0 : 1);
}
