    // Names are fully qualified: a solution may declare its own List, Map or System inside Problem.
    public static final java.io.PrintStream __tc_out = new java.io.PrintStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
    public static int __tc_failures = 0;

    // A write past the output cap fails (the JVM ignores SIGXFSZ) and a PrintStream swallows the error, so a
    // program printing forever would run to its time limit: it ends there instead, as the signal ends a
    // program in any other language.
    static {
        java.lang.System.setOut(__tc_capped(java.io.FileDescriptor.out));
        java.lang.System.setErr(__tc_capped(java.io.FileDescriptor.err));
    }

    // Called first by main: loads this class, so the static block above runs before any solution code does
    // (the compiled copy of the prelude is a class of its own, loaded on first use).
    public static void __tc_start() {
    }

    public static java.io.PrintStream __tc_capped(java.io.FileDescriptor fd) {
        java.io.OutputStream raw = new java.io.FileOutputStream(fd);
        java.io.OutputStream guarded = new java.io.OutputStream() {
            @Override public void write(int b) {
                try { raw.write(b); } catch (java.io.IOException e) { java.lang.Runtime.getRuntime().halt(153); }
            }
            @Override public void write(byte[] b, int off, int len) {
                try { raw.write(b, off, len); } catch (java.io.IOException e) { java.lang.Runtime.getRuntime().halt(153); }
            }
        };
        return new java.io.PrintStream(new java.io.BufferedOutputStream(guarded, 8192), true, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String __tc_nonce() {
        String nonce = java.lang.System.getenv("{{ NONCE_VARIABLE }}");
        return nonce == null || nonce.isEmpty() ? "{{ DEFAULT_NONCE }}" : nonce;
    }

    // None is null or an empty Optional; a present Optional stands for what it holds.
    public static Object __tc_plain(Object v) {
        while (v instanceof java.util.Optional<?> o) v = o.orElse(null);
        return v;
    }

    public static boolean __tc_integral(Object v) {
        return v instanceof java.lang.Long || v instanceof java.lang.Integer || v instanceof java.lang.Short
            || v instanceof java.lang.Byte || v instanceof java.math.BigInteger;
    }

    public static boolean __tc_close(double a, double b, double[] tol) {
        if (java.lang.Double.isNaN(a) && java.lang.Double.isNaN(b)) return true;
        if (a == b) return true;
        if (java.lang.Double.isNaN(a) || java.lang.Double.isNaN(b)) return false;
        if (java.lang.Double.isInfinite(a) || java.lang.Double.isInfinite(b)) return false;
        double diff = java.lang.Math.abs(a - b);
        double bound = java.lang.Math.max(tol[0] * java.lang.Math.max(java.lang.Math.abs(a), java.lang.Math.abs(b)), tol[1]);
        return tol[2] != 0 ? diff < bound : diff <= bound;
    }

    public static java.util.List<Object> __tc_items(Object v) {
        if (v instanceof java.util.List<?> l) return new java.util.ArrayList<Object>(l);
        if (v instanceof org.javatuples.Tuple t) return t.toList();
        return null;
    }

    // Python's == on the values these stand for: lists and tuples elementwise, dicts and sets by content,
    // integers exactly, other numbers within tol, true equal to 1.
    public static boolean __tc_eq(Object a, Object b, double[] tol) {
        a = __tc_plain(a);
        b = __tc_plain(b);
        if (a == null || b == null) return a == b;
        if (a instanceof java.lang.Boolean x) a = x ? 1L : 0L;
        if (b instanceof java.lang.Boolean y) b = y ? 1L : 0L;
        if (a instanceof java.lang.Character x) a = java.lang.String.valueOf(x);
        if (b instanceof java.lang.Character y) b = java.lang.String.valueOf(y);
        if (a instanceof java.lang.Number x && b instanceof java.lang.Number y) {
            if (__tc_integral(x) && __tc_integral(y)) return new java.math.BigInteger(x.toString()).equals(new java.math.BigInteger(y.toString()));
            return __tc_close(x.doubleValue(), y.doubleValue(), tol);
        }
        if (a instanceof java.lang.String || b instanceof java.lang.String) return a.equals(b);
        java.util.List<Object> xs = __tc_items(a), ys = __tc_items(b);
        if (xs != null || ys != null) {
            if (xs == null || ys == null || xs.size() != ys.size()) return false;
            for (int i = 0; i < xs.size(); i++) if (!__tc_eq(xs.get(i), ys.get(i), tol)) return false;
            return true;
        }
        if (a instanceof java.util.Set<?> x && b instanceof java.util.Set<?> y) {
            if (x.size() != y.size()) return false;
            for (Object p : x) { boolean found = false; for (Object q : y) if (__tc_eq(p, q, tol)) { found = true; break; } if (!found) return false; }
            for (Object q : y) { boolean found = false; for (Object p : x) if (__tc_eq(p, q, tol)) { found = true; break; } if (!found) return false; }
            return true;
        }
        if (a instanceof java.util.Map<?, ?> x && b instanceof java.util.Map<?, ?> y) {
            if (x.size() != y.size()) return false;
            double[] exact = new double[] {0.0, 0.0, 0};
            for (java.util.Map.Entry<?, ?> p : x.entrySet()) {
                boolean found = false;
                for (java.util.Map.Entry<?, ?> q : y.entrySet()) {
                    if (__tc_eq(p.getKey(), q.getKey(), exact) && __tc_eq(p.getValue(), q.getValue(), tol)) { found = true; break; }
                }
                if (!found) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    // Python's truthiness: NaN is true, empty containers are false.
    public static boolean __tc_truthy(Object v) {
        v = __tc_plain(v);
        if (v == null) return false;
        if (v instanceof java.lang.Boolean b) return b;
        if (v instanceof java.math.BigInteger i) return i.signum() != 0;
        if (__tc_integral(v)) return ((java.lang.Number) v).longValue() != 0;
        if (v instanceof java.lang.Number n) return n.doubleValue() != 0.0;
        if (v instanceof java.lang.String s) return !s.isEmpty();
        if (v instanceof java.util.Collection<?> c) return !c.isEmpty();
        if (v instanceof java.util.Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    public static String __tc_quote(String s) {
        java.lang.StringBuilder out = new java.lang.StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') out.append("\\\"");
            else if (c == '\\') out.append("\\\\");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (java.lang.Character.isHighSurrogate(c) && i + 1 < s.length() && java.lang.Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append("\\u{").append(java.lang.Integer.toHexString(s.codePointAt(i))).append("}");
                i++;
            } else if (c < 32 || c >= 127) out.append(java.lang.String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append("\"").toString();
    }

    public static String __tc_join(java.lang.Iterable<?> items, int depth) {
        java.lang.StringBuilder out = new java.lang.StringBuilder();
        for (Object x : items) {
            if (out.length() > 0) out.append(", ");
            out.append(__tc_show(x, depth + 1));
        }
        return out.toString();
    }

    // A value as grammars/values_java.lark reads it: [1, 2] lists, Pair.with(1, 2) tuples, Set.of(1, 2) sets,
    // {"k"=1} maps, Optional.of(x) / Optional.empty(), 1.0E-7 doubles, strings with escapes (the grammar).
    public static String __tc_show(Object v, int depth) {
        if (v == null) return "null";
        if (v instanceof java.util.Optional<?> o) return o.isPresent() ? "Optional.of(" + __tc_show(o.get(), depth) + ")" : "Optional.empty()";
        if (v instanceof java.lang.Boolean b) return b ? "true" : "false";
        if (__tc_integral(v)) return v.toString();
        if (v instanceof java.lang.Number n) {
            double d = n.doubleValue();
            if (java.lang.Double.isNaN(d)) return "Double.NaN";
            if (java.lang.Double.isInfinite(d)) return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
            return v instanceof java.lang.Float f ? java.lang.Float.toString(f) : java.lang.Double.toString(d);
        }
        if (v instanceof java.lang.String s) return __tc_quote(s);
        if (v instanceof java.lang.Character c) return __tc_quote(java.lang.String.valueOf(c));
        if (depth > 8) return "...";
        if (v instanceof java.util.List<?> l) return "[" + __tc_join(l, depth) + "]";
        if (v instanceof org.javatuples.Tuple t) return t.getClass().getSimpleName() + ".with(" + __tc_join(t, depth) + ")";
        if (v instanceof java.util.Set<?> s) return "Set.of(" + __tc_join(s, depth) + ")";
        if (v instanceof java.util.Map<?, ?> m) {
            java.lang.StringBuilder out = new java.lang.StringBuilder("{");
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                if (out.length() > 1) out.append(", ");
                out.append(__tc_show(e.getKey(), depth + 1)).append("=").append(__tc_show(e.getValue(), depth + 1));
            }
            return out.append("}").toString();
        }
        return "<" + v.getClass().getName() + ">";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int __tc_compare(Object a, Object b) {
        a = __tc_plain(a);
        b = __tc_plain(b);
        if (a instanceof java.lang.Number x && b instanceof java.lang.Number y) {
            if (__tc_integral(x) && __tc_integral(y)) return new java.math.BigInteger(x.toString()).compareTo(new java.math.BigInteger(y.toString()));
            return java.lang.Double.compare(x.doubleValue(), y.doubleValue());
        }
        java.util.List<Object> xs = __tc_items(a), ys = __tc_items(b);
        if (xs != null && ys != null) {
            for (int i = 0; i < java.lang.Math.min(xs.size(), ys.size()); i++) {
                int c = __tc_compare(xs.get(i), ys.get(i));
                if (c != 0) return c;
            }
            return java.lang.Integer.compare(xs.size(), ys.size());
        }
        if (a instanceof java.lang.String x && b instanceof java.lang.String y) {
            // Python orders strings by code point, Java's compareTo by UTF-16 unit
            return java.util.Arrays.compare(x.codePoints().toArray(), y.codePoints().toArray());
        }
        if (a instanceof java.lang.Comparable x) return x.compareTo(b);
        return 0;
    }

    // sorted(x): a new list, in Python's order.
    public static <T> java.util.ArrayList<T> __tc_sorted(java.util.Collection<T> items) {
        java.util.ArrayList<T> out = new java.util.ArrayList<T>(items);
        out.sort((a, b) -> __tc_compare(a, b));
        return out;
    }

    public static String __tc_error(java.lang.Throwable e) {
        try {
            return e.getClass().getName() + ": " + e.getMessage();
        } catch (java.lang.Throwable again) {
            return "<error>";
        }
    }

    public static void __tc_write(String text) {
        __tc_out.print(text.replace("\r", "\\r").replace("\n", "\\n") + "\n");
        __tc_out.flush();
    }

    public static void __tc_report(int index, String status, String detail) {
        __tc_write(__tc_nonce() + " " + index + " " + status + (detail.isEmpty() ? "" : " " + detail));
        if (!status.equals("pass")) __tc_failures++;
    }

    public static boolean __tc_holds(String relation, Object v, Object expected, double[] tol) {
        switch (relation) {
            case "equals": case "approx": return __tc_eq(v, expected, tol);
            case "not_equals": return !__tc_eq(v, expected, tol);
            case "truthy": return __tc_truthy(v);
            case "falsy": return !__tc_truthy(v);
            case "is_none": return __tc_plain(v) == null;
            case "is_not_none": return __tc_plain(v) != null;
            case "is_true": return java.lang.Boolean.TRUE.equals(v);
            case "is_false": return java.lang.Boolean.FALSE.equals(v);
            default: return false;
        }
    }

    public static void __tc_check(int index, Object v, String relation, Object expected, double[] tol) {
        try {
            if (__tc_holds(relation, v, expected, tol)) __tc_report(index, "pass", "");
            else __tc_report(index, "fail", "got " + __tc_show(v, 0));
        } catch (java.lang.Throwable e) {
            __tc_report(index, "error", __tc_error(e));
        }
    }

    // The call raised: what `relation` wanted for `raises`, an error otherwise.
    public static void __tc_thrown(int index, String relation, java.lang.Throwable e) {
        if (e instanceof java.lang.OutOfMemoryError) __tc_report(index, "oom", __tc_error(e));
        else if (relation.equals("raises")) __tc_report(index, "pass", "");
        else __tc_report(index, "error", __tc_error(e));
    }

    public static void __tc_not_raised(int index, Object v) {
        __tc_report(index, "fail", "no exception raised; got " + __tc_show(v, 0));
    }

    public static void __tc_finish(int count) {
        __tc_write(__tc_nonce() + " done " + (count - __tc_failures) + " " + __tc_failures);
        java.lang.Runtime.getRuntime().halt(__tc_failures == 0 ? 0 : 1);
    }

    // The value the call returned, for the executor to judge (the expected value is not in this program).
    public static void __tc_observe(int index, Object v) {
        String shown;
        try {
            shown = __tc_show(v, java.lang.Integer.MIN_VALUE);  // no depth limit: the whole value
        } catch (java.lang.Throwable e) {
            shown = "<unprintable>";
        }
        __tc_write(__tc_nonce() + " " + index + " value " + shown);
    }

    public static void __tc_observe_error(int index, java.lang.Throwable e) {
        String kind = e instanceof java.lang.OutOfMemoryError ? " oom " : " error ";
        __tc_write(__tc_nonce() + " " + index + kind + __tc_error(e));
    }

    public static void __tc_finish_observed() {
        __tc_write(__tc_nonce() + " done");
        java.lang.Runtime.getRuntime().halt(0);
    }
