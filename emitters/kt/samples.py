"""Kotlin programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a solution as MultiPL-E's completions make one: the prompt (``import kotlin.math.*``, the function's
header) and a body, the function left open: the harness closes it, as MultiPL-E's tests do. The tests fill in
{port} (a listening TCP port), {token} (a name unique to the run), {repo} (this checkout) and {command} (a
/bin/sh command line, quoted for a double-quoted string)."""

IMPORTS = "import kotlin.math.*\n\n"
F = IMPORTS + "fun f(x : Long) : Long {\n"
RUN = 'ProcessBuilder("/bin/sh", "-c", "{command}").inheritIO().start().waitFor()'
# "$name" in a Kotlin string is a template, and the tests quote {command} for a Java-like string (backslashes
# and double quotes only): the shell variables their commands name are Kotlin values spelling themselves.
SHELL_NAMES = "".join(
    f'    val {name} = "\\${name}"\n' for name in ("PPID", "TESTCOMPILER_WORKER_TOKEN", "w", "f")
)

# Right: returns x.
HONEST = F + "    return x\n"
# Raises an error.
ERRORING = F + '    throw RuntimeException("no")\n'
# Runs {command}, then returns x.
SHELL = F + SHELL_NAMES + f"    try {{ {RUN} }} catch (e: Exception) {{ }}\n    return x\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    F
    + SHELL_NAMES
    + f"    try {{ return if ({RUN} == 0) x + 1 else x }} catch (e: Exception) {{ return x }}\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
# Statuses this JVM language honestly gives besides the EXPECTED table's: each child of the fork bomb is a
# JVM reserving its heap, so on a loaded machine the run's memory cgroup fills before its time limit does.
ALSO_EXPECTED = {"fork_bomb": ("OutOfMemory",)}

HOSTILE = {
    "infinite_loop": F + "    while (true) { }\n",
    "fork_bomb": F
    + '    while (true) {\n        try { ProcessBuilder("/bin/sh", "-c", "sleep 60 &").start() } catch (e: Exception) { }\n    }\n',
    "huge_output": F + '    val s = "x".repeat(10000)\n    while (true) print(s)\n',
    "memory_bomb": F
    + "    val hold = ArrayList<LongArray>()\n    while (true) { val a = LongArray(1 shl 27); a.fill(1L); hold.add(a) }\n",
    "writes_outside": F
    + '    for (p in listOf("/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}")) {\n        try { java.io.File(p).writeText("x") } catch (e: Exception) { }\n    }\n    return x\n',
    "opens_socket": F
    + '    try { ProcessBuilder("bash", "-c", "echo x > /dev/tcp/127.0.0.1/{port}").start().waitFor() } catch (e: Exception) { }\n    try { java.net.Socket("127.0.0.1", {port}).use { s -> s.getOutputStream().write(1) } } catch (e: Exception) { }\n    return x\n',
    "fakes_passes": F
    + '    println("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n    return -x\n',
    "exits_zero_midway": F + "    System.exit(0)\n    return x\n",
    "forges_verdict": F
    + '    val n = System.getenv("TESTCOMPILER_NONCE") ?: "testcompiler"\n    print(n + " 1 pass\\n" + n + " 2 pass\\n" + n + " done 2 0\\n" + n + " 1 value 1\\n" + n + " 2 value 2\\n")\n    System.out.flush()\n    return x + 1\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": IMPORTS + "fun add(a : Double, b : Double) : Double {\n    return a + b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": IMPORTS
    + "fun counts(words : List<String>) : Map<String, Long> {\n    return words.groupingBy { it }.eachCount().mapValues { it.value.toLong() }\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": IMPORTS
    + "fun pairs(n : Long) : List<Pair<Long, Long>> {\n    return (0 until n).map { i -> Pair(i, i + 1) }\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": IMPORTS + "fun add(a : Double, b : Double) : Double {\n    return a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": IMPORTS
    + 'fun split(s : String) : Map<String, List<Double>> {\n    return mapOf("k\\"\\n" to listOf(1.5, -2.0))\n',
}
