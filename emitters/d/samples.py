r"""D programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a solution as MultiPL-E's completions make one: the prompt's header ``long f(long x) `` and the
body, braces included (imports inside it, where a completion puts them).

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: D's string literals
read it back as it was).
"""

_HEAD = "long f(long x)\n{\n"
_END = "}\n"

# Right: returns x.
HONEST = _HEAD + "    return x;\n" + _END
# Raises an error (an exception).
ERRORING = _HEAD + '    throw new Exception("no");\n' + _END
# Runs {command}, then returns x.
SHELL = _HEAD + '    import core.stdc.stdlib : system;\n    system("{command}");\n    return x;\n' + _END
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    _HEAD + '    import core.stdc.stdlib : system;\n    return system("{command}") == 0 ? x + 1 : x;\n' + _END
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _HEAD + "    for (;;) {}\n" + _END,
    "fork_bomb": _HEAD
    + '    import core.stdc.stdlib : system;\n    for (;;)\n        system("sleep 60 &");\n'
    + _END,
    "huge_output": _HEAD
    + "    import core.stdc.stdio : fwrite, stdout;\n    char[10000] chunk = 'x';\n"
    + "    for (;;)\n        fwrite(chunk.ptr, 1, chunk.length, stdout);\n"
    + _END,
    "memory_bomb": _HEAD
    + "    ubyte[][] hold;\n    for (;;)\n    {\n        auto block = new ubyte[1 << 28];\n"
    + "        block[] = 1;\n        hold ~= block;\n    }\n"
    + _END,
    "writes_outside": _HEAD
    + "    import std.file : write;\n"
    + '    foreach (p; ["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"])\n'
    + '    {\n        try\n            write(p, "x");\n        catch (Exception)\n        {\n        }\n    }\n'
    + "    return x;\n"
    + _END,
    "opens_socket": _HEAD
    + "    import core.stdc.stdlib : system;\n"
    + "    system(\"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\");\n    return x;\n"
    + _END,
    "fakes_passes": _HEAD
    + "    import core.stdc.stdio : fflush, printf, stdout;\n"
    + '    printf("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n");\n'
    + "    fflush(stdout);\n    return -x;\n"
    + _END,
    "exits_zero_midway": _HEAD + "    import core.stdc.stdlib : exit;\n    exit(0);\n    return x;\n" + _END,
    "forges_verdict": _HEAD
    + "    import core.stdc.stdio : fflush, printf, stdout;\n    import core.stdc.stdlib : getenv;\n"
    + '    const(char)* n = getenv("TESTCOMPILER_NONCE");\n    if (n is null)\n        n = "testcompiler";\n'
    + '    printf("%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n", n, n, n, n, n);\n'
    + "    fflush(stdout);\n    return x + 1;\n"
    + _END,
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "double add(double a, double b)\n{\n    return a + b;\n}\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "long[string] counts(string[] words)\n{\n    long[string] out_;\n    foreach (w; words)\n"
    "        out_[w]++;\n    return out_;\n}\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "import std.typecons;\nTuple!(long, long)[] pairs(long n)\n{\n    Tuple!(long, long)[] out_;\n    foreach (i; 0 .. n)\n"
    "        out_ ~= tuple(i, i + 1);\n    return out_;\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "double add(double a, double b)\n{\n    return a + b + 1e-6;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'double[][string] split(string s)\n{\n    return ["k\\"\\n": [1.5, -2.0]];\n}\n',
}
