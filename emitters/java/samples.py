"""Java programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a solution as MultiPL-E's completions make one: the prompt (imports, ``class Problem {``, the method's
header) and a body, the method left open: the harness closes it, as MultiPL-E's tests do. The tests fill in
{port} (a listening TCP port), {token} (a name unique to the run), {repo} (this checkout) and {command} (a
/bin/sh command line, quoted for a double-quoted string)."""

IMPORTS = (
    "import java.util.*;\nimport java.lang.reflect.*;\nimport org.javatuples.*;\nimport java.security.*;\n"
    "import java.math.*;\nimport java.io.*;\nimport java.util.stream.*;\n"
)
F = IMPORTS + "class Problem {\n    public static long f(long x) {\n"
RUN = 'new ProcessBuilder("/bin/sh", "-c", "{command}").inheritIO().start().waitFor()'

# Right: returns x.
HONEST = F + "        return x;\n"
# Raises an error.
ERRORING = F + '        throw new RuntimeException("no");\n'
# Runs {command}, then returns x.
SHELL = F + f"        try {{ {RUN}; }} catch (Exception e) {{ }}\n        return x;\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = F + f"        try {{ return {RUN} == 0 ? x + 1 : x; }} catch (Exception e) {{ return x; }}\n"

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
# Statuses this JVM language honestly gives besides the EXPECTED table's: each child of the fork bomb is a
# JVM reserving its heap, so on a loaded machine the run's memory cgroup fills before its time limit does.
ALSO_EXPECTED = {"fork_bomb": ("OutOfMemory",)}

HOSTILE = {
    "infinite_loop": F + "        while (true) { }\n",
    "fork_bomb": F
    + '        while (true) {\n            try { new ProcessBuilder("/bin/sh", "-c", "sleep 60 &").start(); } catch (Exception e) { }\n        }\n',
    "huge_output": F + '        String s = "x".repeat(10000);\n        while (true) System.out.print(s);\n',
    "memory_bomb": F
    + "        ArrayList<long[]> hold = new ArrayList<>();\n        while (true) { long[] a = new long[1 << 27]; Arrays.fill(a, 1L); hold.add(a); }\n",
    "writes_outside": F
    + '        for (String p : new String[] {"/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"}) {\n            try (FileWriter w = new FileWriter(p)) { w.write("x"); } catch (Exception e) { }\n        }\n        return x;\n',
    "opens_socket": F
    + '        try { new ProcessBuilder("bash", "-c", "echo x > /dev/tcp/127.0.0.1/{port}").start().waitFor(); } catch (Exception e) { }\n        try (java.net.Socket s = new java.net.Socket("127.0.0.1", {port})) { s.getOutputStream().write(1); } catch (Exception e) { }\n        return x;\n',
    "fakes_passes": F
    + '        System.out.println("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0");\n        return -x;\n',
    "exits_zero_midway": F + "        System.exit(0);\n        return x;\n",
    "forges_verdict": F
    + '        String n = System.getenv("TESTCOMPILER_NONCE");\n        if (n == null) n = "testcompiler";\n        System.out.print(n + " 1 pass\\n" + n + " 2 pass\\n" + n + " done 2 0\\n" + n + " 1 value 1\\n" + n + " 2 value 2\\n");\n        System.out.flush();\n        return x + 1;\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": IMPORTS
    + "class Problem {\n    public static double add(double a, double b) {\n        return a + b;\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": IMPORTS
    + "class Problem {\n    public static HashMap<String, Long> counts(ArrayList<String> words) {\n        HashMap<String, Long> out = new HashMap<>();\n        for (String w : words) out.merge(w, 1L, Long::sum);\n        return out;\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": IMPORTS
    + "class Problem {\n    public static ArrayList<Pair<Long, Long>> pairs(long n) {\n        ArrayList<Pair<Long, Long>> out = new ArrayList<>();\n        for (long i = 0; i < n; i++) out.add(Pair.with(i, i + 1));\n        return out;\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": IMPORTS
    + "class Problem {\n    public static double add(double a, double b) {\n        return a + b + 1e-6;\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": IMPORTS
    + 'class Problem {\n    public static HashMap<String, ArrayList<Double>> split(String s) {\n        return new HashMap<>(Map.of("k\\"\\n", new ArrayList<>(List.of(1.5, -2.0))));\n',
}
