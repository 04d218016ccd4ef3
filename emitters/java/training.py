"""The program the AppCDS archive is dumped from (launcher.py): a solution and the prelude exercising what
harnesses and solutions commonly load (boxed numbers, strings, lists, maps, sets, Optional, javatuples,
streams, lambdas, an exception caught), so that javac and those classes come from the archive."""

from __future__ import annotations

SOLUTION = """import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    // Exercises the usual classes.
    public static Object f(long x) {
        ArrayList<Long> xs = new ArrayList<Long>(Arrays.asList(3L, 1L, 2L));
        Collections.sort(xs);
        HashMap<String, Long> counts = new HashMap<String, Long>();
        for (String w : "A b  c b".toLowerCase().split("\\\\s+")) counts.merge(w, 1L, Long::sum);
        HashSet<Long> s = new HashSet<Long>(xs);
        StringBuilder sb = new StringBuilder();
        for (char c : "abc".toCharArray()) sb.append(Character.toUpperCase(c));
        if (x == 0) throw new IllegalArgumentException("zero");
        if (x == 1) return Pair.with(xs.stream().mapToLong(Long::longValue).sum(), Optional.of(2.5));
        if (x == 2) return counts;
        if (x == 3) return xs.stream().map(String::valueOf).collect(Collectors.toList());
        if (x == 4) return Math.sqrt((double) x) + Math.pow(2, 10) + Math.abs(-x) + Math.floorMod(-7, 3);
        if (x == 5) return String.join(",", sb.toString(), String.valueOf(s.contains(2L)), Long.toString(x));
        if (x == 6) return Optional.empty();
        return new BigInteger("123456789012345678901234567890").mod(BigInteger.valueOf(x)).longValue();
"""


def program() -> str:
    from emitters.java import JavaEmitter

    checks = "".join(
        f"    public static void __tc_{i}() {{\n"
        "        java.lang.Object __tc_v;\n"
        f"        try {{ __tc_v = f({i}L); }} catch (java.lang.Throwable __tc_e) {{\n"
        f'            __tc_observe_error({i}, __tc_e); __tc_thrown({i}, "equals", __tc_e); return;\n'
        "        }\n"
        f"        __tc_observe({i}, __tc_v);\n"
        f'        __tc_check({i}, __tc_v, "equals", Triplet.with(1L, "k\\u00e9", '
        "new HashSet<Double>(Arrays.asList(2.5))), new double[] {1e-09, 0.0, 0});\n"
        "    }\n"
        for i in range(8)
    )
    calls = "".join(f"        __tc_{i}();\n" for i in range(8))
    sorts = "        __tc_observe(8, __tc_sorted(new ArrayList<Long>(Arrays.asList(2L, 1L))));\n"
    # no finish line: the JVM must end normally for the archive to be written
    start = "        __tc_start();\n"
    main = f"    public static void main(String[] __tc_args) {{\n{start}{calls}{sorts}    }}\n}}\n"
    return SOLUTION + "    }\n" + JavaEmitter().prelude() + "\n" + checks + main
