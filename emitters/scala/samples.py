"""Scala programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a solution as MultiPL-E's completions make one: the prompt (imports, ``object Problem {``, the
method's header) and a body, the method left open: the harness closes it, as MultiPL-E's tests do. The tests
fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this checkout) and
{command} (a /bin/sh command line, quoted for a double-quoted string)."""

IMPORTS = "import scala.math._\nimport scala.collection.mutable._\n"
F = IMPORTS + "object Problem {\n    def f(x : Long) : Long = {\n"
RUN = 'new ProcessBuilder("/bin/sh", "-c", "{command}").inheritIO().start().waitFor()'

# Right: returns x.
HONEST = F + "        x\n"
# Raises an error.
ERRORING = F + '        throw new RuntimeException("no")\n'
# Runs {command}, then returns x.
SHELL = F + f"        try {{ {RUN} }} catch {{ case e: Exception => }}\n        x\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = F + f"        try {{ if ({RUN} == 0) x + 1 else x }} catch {{ case e: Exception => x }}\n"

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
# Statuses this JVM language honestly gives besides the EXPECTED table's: each child of the fork bomb is a
# JVM reserving its heap, so on a loaded machine the run's memory cgroup fills before its time limit does.
ALSO_EXPECTED = {"fork_bomb": ("OutOfMemory",)}

HOSTILE = {
    "infinite_loop": F + "        while (true) { }\n        x\n",
    "fork_bomb": F
    + '        while (true) {\n            try { new ProcessBuilder("/bin/sh", "-c", "sleep 60 &").start() } catch { case e: Exception => }\n        }\n        x\n',
    "huge_output": F + '        val s = "x" * 10000\n        while (true) print(s)\n        x\n',
    "memory_bomb": F
    + "        val hold = ArrayBuffer[Array[Long]]()\n        while (true) { val a = new Array[Long](1 << 27); java.util.Arrays.fill(a, 1L); hold += a }\n        x\n",
    "writes_outside": F
    + '        for (p <- List("/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}")) {\n            try { val w = new java.io.FileWriter(p); w.write("x"); w.close() } catch { case e: Exception => }\n        }\n        x\n',
    "opens_socket": F
    + '        try { new ProcessBuilder("bash", "-c", "echo x > /dev/tcp/127.0.0.1/{port}").start().waitFor() } catch { case e: Exception => }\n        try { val s = new java.net.Socket("127.0.0.1", {port}); s.getOutputStream().write(1); s.close() } catch { case e: Exception => }\n        x\n',
    "fakes_passes": F
    + '        println("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n        -x\n',
    "exits_zero_midway": F + "        System.exit(0)\n        x\n",
    "forges_verdict": F
    + '        var n = System.getenv("TESTCOMPILER_NONCE")\n        if (n == null) n = "testcompiler"\n        print(n + " 1 pass\\n" + n + " 2 pass\\n" + n + " done 2 0\\n" + n + " 1 value 1\\n" + n + " 2 value 2\\n")\n        Console.flush()\n        x + 1\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": IMPORTS + "object Problem {\n    def add(a : Double, b : Double) : Double = {\n        a + b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": IMPORTS
    + "object Problem {\n    def counts(words : List[String]) : Map[String,Long] = {\n        val out = Map[String,Long]()\n        for (w <- words) out(w) = out.getOrElse(w, 0l) + 1l\n        out\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": IMPORTS
    + "object Problem {\n    def pairs(n : Long) : List[Tuple2[Long, Long]] = {\n        (0l until n).map(i => (i, i + 1)).toList\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": IMPORTS
    + "object Problem {\n    def add(a : Double, b : Double) : Double = {\n        a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": IMPORTS
    + 'object Problem {\n    def split(s : String) : Map[String,List[Double]] = {\n        Map("k\\"\\n" -> List(1.5, -2.0))\n',
}
