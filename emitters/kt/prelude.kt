// ---- testcompiler prelude: Python's equality and printing for the values of Kotlin's types ----
// A write past the output cap fails (the JVM ignores SIGXFSZ) and a PrintStream swallows the error, so a
// program printing forever would run to its time limit: it ends there instead, as the signal ends a program
// in any other language.
fun __tc_capped(fd: java.io.FileDescriptor): java.io.PrintStream {
    val raw = java.io.FileOutputStream(fd)
    val guarded = object : java.io.OutputStream() {
        override fun write(b: Int) {
            try { raw.write(b) } catch (e: java.io.IOException) { java.lang.Runtime.getRuntime().halt(153) }
        }
        override fun write(b: ByteArray, off: Int, len: Int) {
            try { raw.write(b, off, len) } catch (e: java.io.IOException) { java.lang.Runtime.getRuntime().halt(153) }
        }
    }
    return java.io.PrintStream(java.io.BufferedOutputStream(guarded, 8192), true, "UTF-8")
}

val __tc_out: java.io.PrintStream = __tc_capped(java.io.FileDescriptor.out)
var __tc_failures: Int = 0

// Called first by main: solution code then prints through the capped streams.
fun __tc_start() {
    java.lang.System.setOut(__tc_capped(java.io.FileDescriptor.out))
    java.lang.System.setErr(__tc_capped(java.io.FileDescriptor.err))
}

fun __tc_nonce(): String {
    val nonce: String? = java.lang.System.getenv("{{ NONCE_VARIABLE }}")
    return if (nonce == null || nonce.length == 0) "{{ DEFAULT_NONCE }}" else nonce
}

fun __tc_integral(v: Any?): Boolean =
    v is Long || v is Int || v is Short || v is Byte || v is java.math.BigInteger

fun __tc_close(a: Double, b: Double, tol: DoubleArray): Boolean {
    if (a.isNaN() && b.isNaN()) return true
    if (a == b) return true
    if (a.isNaN() || b.isNaN() || a.isInfinite() || b.isInfinite()) return false
    val diff = java.lang.Math.abs(a - b)
    val bound = java.lang.Math.max(tol[0] * java.lang.Math.max(java.lang.Math.abs(a), java.lang.Math.abs(b)), tol[1])
    return if (tol[2] != 0.0) diff < bound else diff <= bound
}

fun __tc_items(v: Any?): kotlin.collections.List<Any?>? = when (v) {
    is kotlin.collections.List<*> -> v
    is kotlin.Pair<*, *> -> kotlin.collections.listOf(v.first, v.second)
    is kotlin.Triple<*, *, *> -> kotlin.collections.listOf(v.first, v.second, v.third)
    else -> null
}

// Python's == on the values these stand for: lists and tuples elementwise, dicts and sets by content,
// integers exactly, other numbers within tol, true equal to 1.
fun __tc_eq(x: Any?, y: Any?, tol: DoubleArray): Boolean {
    var a = x
    var b = y
    if (a == null || b == null) return a == b
    if (a is Boolean) a = if (a) 1L else 0L
    if (b is Boolean) b = if (b) 1L else 0L
    if (a is Char) a = a.toString()
    if (b is Char) b = b.toString()
    if (a is Number && b is Number) {
        if (__tc_integral(a) && __tc_integral(b)) return java.math.BigInteger(a.toString()) == java.math.BigInteger(b.toString())
        return __tc_close(a.toDouble(), b.toDouble(), tol)
    }
    if (a is String || b is String) return a == b
    val xs = __tc_items(a)
    val ys = __tc_items(b)
    if (xs != null || ys != null) {
        if (xs == null || ys == null || xs.size != ys.size) return false
        for (i in xs.indices) if (!__tc_eq(xs[i], ys[i], tol)) return false
        return true
    }
    if (a is kotlin.collections.Set<*> && b is kotlin.collections.Set<*>) {
        if (a.size != b.size) return false
        for (p in a) if (b.none { q -> __tc_eq(p, q, tol) }) return false
        for (q in b) if (a.none { p -> __tc_eq(p, q, tol) }) return false
        return true
    }
    if (a is kotlin.collections.Map<*, *> && b is kotlin.collections.Map<*, *>) {
        if (a.size != b.size) return false
        val exact = doubleArrayOf(0.0, 0.0, 0.0)
        for (p in a.entries) {
            if (b.entries.none { q -> __tc_eq(p.key, q.key, exact) && __tc_eq(p.value, q.value, tol) }) return false
        }
        return true
    }
    return a == b
}

// Python's truthiness: NaN is true, empty containers are false.
fun __tc_truthy(v: Any?): Boolean = when {
    v == null -> false
    v is Boolean -> v
    v is java.math.BigInteger -> v.signum() != 0
    __tc_integral(v) -> (v as Number).toLong() != 0L
    v is Number -> v.toDouble() != 0.0
    v is String -> v.isNotEmpty()
    v is kotlin.collections.Collection<*> -> v.isNotEmpty()
    v is kotlin.collections.Map<*, *> -> v.isNotEmpty()
    else -> true
}

fun __tc_quote(s: String): String {
    val out = java.lang.StringBuilder("\"")
    var i = 0
    while (i < s.length) {
        val c = s[i]
        when {
            c == '"' -> out.append("\\\"")
            c == '\\' -> out.append("\\\\")
            c == '\n' -> out.append("\\n")
            c == '\r' -> out.append("\\r")
            c == '\t' -> out.append("\\t")
            c == '$' -> out.append("\\$")
            c.isHighSurrogate() && i + 1 < s.length && s[i + 1].isLowSurrogate() -> {
                out.append("\\u{").append(java.lang.Integer.toHexString(s.codePointAt(i))).append("}")
                i++
            }
            (c - '\u0000') < 32 || (c - '\u0000') >= 127 -> out.append(java.lang.String.format("\\u%04x", c - '\u0000'))
            else -> out.append(c)
        }
        i++
    }
    return out.append("\"").toString()
}

fun __tc_join(items: kotlin.collections.Iterable<Any?>, depth: Int): String =
    items.joinToString(", ") { x -> __tc_show(x, depth + 1) }

// A value as grammars/values_kt.lark reads it: [1, 2] lists, Pair(1, 2) and Triple(...) tuples, setOf(1, 2)
// sets, mapOf("k" to 1) maps, null, 1.0E-7 doubles, strings with Kotlin's escapes.
fun __tc_show(v: Any?, depth: Int): String {
    if (v == null) return "null"
    if (v is Boolean) return if (v) "true" else "false"
    if (__tc_integral(v)) return v.toString()
    if (v is Number) {
        val d = v.toDouble()
        if (d.isNaN()) return "Double.NaN"
        if (d.isInfinite()) return if (d > 0) "Double.POSITIVE_INFINITY" else "Double.NEGATIVE_INFINITY"
        return if (v is Float) v.toString() else d.toString()
    }
    if (v is String) return __tc_quote(v)
    if (v is Char) return __tc_quote(v.toString())
    if (depth > 8) return "..."
    if (v is kotlin.collections.List<*>) return "[" + __tc_join(v, depth) + "]"
    if (v is kotlin.Pair<*, *>) return "Pair(" + __tc_join(kotlin.collections.listOf(v.first, v.second), depth) + ")"
    if (v is kotlin.Triple<*, *, *>) return "Triple(" + __tc_join(kotlin.collections.listOf(v.first, v.second, v.third), depth) + ")"
    if (v is kotlin.collections.Set<*>) return "setOf(" + __tc_join(v, depth) + ")"
    if (v is kotlin.collections.Map<*, *>) {
        return "mapOf(" + v.entries.joinToString(", ") { e -> __tc_show(e.key, depth + 1) + " to " + __tc_show(e.value, depth + 1) } + ")"
    }
    return "<" + v.javaClass.name + ">"
}

fun __tc_compare(x: Any?, y: Any?): Int {
    val a = x
    val b = y
    if (a is Number && b is Number) {
        if (__tc_integral(a) && __tc_integral(b)) return java.math.BigInteger(a.toString()).compareTo(java.math.BigInteger(b.toString()))
        return java.lang.Double.compare(a.toDouble(), b.toDouble())
    }
    val xs = __tc_items(a)
    val ys = __tc_items(b)
    if (xs != null && ys != null) {
        for (i in 0 until java.lang.Math.min(xs.size, ys.size)) {
            val c = __tc_compare(xs[i], ys[i])
            if (c != 0) return c
        }
        return xs.size.compareTo(ys.size)
    }
    if (a is String && b is String) {
        // Python orders strings by code point, Kotlin's compareTo by UTF-16 unit
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())
    }
    if (a is Boolean && b is Boolean) return a.compareTo(b)
    return 0
}

// sorted(x), set(x), list(x): new collections, sorted in Python's order.
fun <T> __tc_sorted(items: kotlin.collections.Collection<T>): kotlin.collections.List<T> =
    items.sortedWith(java.util.Comparator { a, b -> __tc_compare(a, b) })

fun <T> __tc_set(items: kotlin.collections.Collection<T>): kotlin.collections.Set<T> = kotlin.collections.LinkedHashSet(items)

fun <T> __tc_list(items: kotlin.collections.Collection<T>): kotlin.collections.List<T> = kotlin.collections.ArrayList(items)

fun __tc_error(e: Throwable): String =
    try { e.javaClass.name + ": " + e.message } catch (again: Throwable) { "<error>" }

fun __tc_write(text: String) {
    __tc_out.print(text.replace("\r", "\\r").replace("\n", "\\n") + "\n")
    __tc_out.flush()
}

fun __tc_report(index: Int, status: String, detail: String) {
    __tc_write(__tc_nonce() + " " + index + " " + status + (if (detail.isEmpty()) "" else " " + detail))
    if (status != "pass") __tc_failures++
}

fun __tc_holds(relation: String, v: Any?, expected: Any?, tol: DoubleArray): Boolean = when (relation) {
    "equals", "approx" -> __tc_eq(v, expected, tol)
    "not_equals" -> !__tc_eq(v, expected, tol)
    "truthy" -> __tc_truthy(v)
    "falsy" -> !__tc_truthy(v)
    "is_none" -> v == null
    "is_not_none" -> v != null
    "is_true" -> v == true
    "is_false" -> v == false
    else -> false
}

fun __tc_check(index: Int, v: Any?, relation: String, expected: Any?, tol: DoubleArray) {
    try {
        if (__tc_holds(relation, v, expected, tol)) __tc_report(index, "pass", "")
        else __tc_report(index, "fail", "got " + __tc_show(v, 0))
    } catch (e: Throwable) {
        __tc_report(index, "error", __tc_error(e))
    }
}

// The call raised: what `relation` wanted for `raises`, an error otherwise.
fun __tc_thrown(index: Int, relation: String, e: Throwable) {
    if (e is java.lang.OutOfMemoryError) __tc_report(index, "oom", __tc_error(e))
    else if (relation == "raises") __tc_report(index, "pass", "")
    else __tc_report(index, "error", __tc_error(e))
}

fun __tc_not_raised(index: Int, v: Any?) {
    __tc_report(index, "fail", "no exception raised; got " + __tc_show(v, 0))
}

fun __tc_finish(count: Int) {
    __tc_write(__tc_nonce() + " done " + (count - __tc_failures) + " " + __tc_failures)
    java.lang.Runtime.getRuntime().halt(if (__tc_failures == 0) 0 else 1)
}

// The value the call returned, for the executor to judge (the expected value is not in this program).
fun __tc_observe(index: Int, v: Any?) {
    val shown = try { __tc_show(v, Int.MIN_VALUE) } catch (e: Throwable) { "<unprintable>" }
    __tc_write(__tc_nonce() + " " + index + " value " + shown)
}

fun __tc_observe_error(index: Int, e: Throwable) {
    val kind = if (e is java.lang.OutOfMemoryError) " oom " else " error "
    __tc_write(__tc_nonce() + " " + index + kind + __tc_error(e))
}

fun __tc_finish_observed() {
    __tc_write(__tc_nonce() + " done")
    java.lang.Runtime.getRuntime().halt(0)
}
// ---- end of the testcompiler prelude ----
