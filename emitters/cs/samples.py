"""C# programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each is a whole solution in
MultiPL-E's shape (the prompt, ``public static long F(long x) {``, and a body left open: the harness closes
the method and the class).

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

_USINGS = (
    "using System;\nusing System.Numerics;\nusing System.Diagnostics;\nusing System.Collections.Generic;\n"
    "using System.Linq;\nusing System.Text;\nusing System.Security.Cryptography;\n"
)


def _f(body: str, signature: str = "public static long F(long x)") -> str:
    return f"{_USINGS}class Problem {{\n    {signature} {{\n{body}"


# Runs the command in {command} with /bin/sh (written to a file: no argument quoting to get wrong).
_SHELL = (
    '        try {{ System.IO.File.WriteAllText("__tc_cmd.sh", "{command}");\n'
    '            var p = Process.Start(new ProcessStartInfo("/bin/sh", "__tc_cmd.sh") {{ UseShellExecute = false }});\n'
    "            p.WaitForExit(); {after} }} catch (Exception) {{ }}\n"
)

# Right: returns x.
HONEST = _f("        return x;\n")
# Raises an error.
ERRORING = _f('        throw new Exception("no");\n')
# Runs {command}, then returns x.
SHELL = _f(_SHELL.format(command="{command}", after="") + "        return x;\n")
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = _f(
    _SHELL.format(command="{command}", after="if (p.ExitCode == 0) return x + 1;") + "        return x;\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _f("        while (true) { }\n"),
    "fork_bomb": _f(
        "        while (true) {\n"
        '            try { Process.Start(new ProcessStartInfo("/bin/sh", "-c \\"sleep 60 &\\"") { UseShellExecute = false }); }\n'
        "            catch (Exception) { }\n        }\n"
    ),
    "huge_output": _f(
        "        var o = Console.OpenStandardOutput();\n"
        "        var b = Encoding.ASCII.GetBytes(new string('x', 10000));\n"
        "        while (true) o.Write(b, 0, b.Length);\n"
    ),
    "memory_bomb": _f(
        "        var hold = new List<byte[]>();\n"
        "        while (true) {\n"
        "            var b = new byte[1 << 28];\n"
        "            for (int i = 0; i < b.Length; i += 4096) b[i] = 1;\n"
        "            hold.Add(b);\n        }\n"
    ),
    "writes_outside": _f(
        '        foreach (var p in new[] { "/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}" }) {\n'
        '            try { System.IO.File.WriteAllText(p, "x"); } catch (Exception) { }\n'
        "        }\n        return x;\n"
    ),
    "opens_socket": _f(
        '        try { new System.Net.Sockets.TcpClient("127.0.0.1", {port}).Close(); } catch (Exception) { }\n'
        "        return x;\n"
    ),
    "fakes_passes": _f(
        '        Console.Write("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n");\n'
        "        Console.Out.Flush();\n        return -x;\n"
    ),
    "exits_zero_midway": _f("        Environment.Exit(0);\n        return x;\n"),
    "forges_verdict": _f(
        '        string n = Environment.GetEnvironmentVariable("TESTCOMPILER_NONCE") ?? "testcompiler";\n'
        '        Console.Write(n + " 1 pass\\n" + n + " 2 pass\\n" + n + " done 2 0\\n" + n + " 1 value 1\\n" + n + " 2 value 2\\n");\n'
        "        Console.Out.Flush();\n        return x + 1;\n"
    ),
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": _f("        return a + b;\n", "public static double Add(double a, double b)"),
    # right: counts words into a dict, in the language's own idiom and order
    "counts": _f(
        "        var d = new Dictionary<string, long>();\n"
        "        foreach (var w in words.OrderByDescending(w => w, StringComparer.Ordinal)) d[w] = d.TryGetValue(w, out long c) ? c + 1 : 1;\n"
        "        return d;\n",
        "public static Dictionary<string, long> Counts(List<string> words)",
    ),
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": _f(
        "        return Enumerable.Range(0, (int)n).Select(i => Tuple.Create((long)i, (long)i + 1)).ToList();\n",
        "public static List<Tuple<long, long>> Pairs(long n)",
    ),
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": _f("        return a + b + 1e-6;\n", "public static double Add(double a, double b)"),
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": _f(
        '        return new Dictionary<string, List<double>> { { "k\\"\\n", new List<double> { 1.5, -2.0 } } };\n',
        "public static Dictionary<string, List<double>> Split(string s)",
    ),
}
