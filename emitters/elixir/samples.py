"""Elixir programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f in the
module HumanEval, as MultiPL-E's prompt does.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""


def _module(body: str) -> str:
    return "defmodule HumanEval do\n" + body + "end\n"


# Right: returns x.
HONEST = _module("  def f(x), do: x\n")
# Raises an error.
ERRORING = _module('  def f(_x), do: raise("no")\n')
# The command as the program's own child would run it: a BEAM runs commands through its erl_child_setup
# helper, one process further down, so the command's $PPID names the program itself (the BEAM) here.
_SH = 'String.replace("{command}", "$PPID", "$(cut -d\' \' -f4 /proc/$PPID/stat)")'
# Runs {command}, then returns x.
SHELL = _module(
    f'  def f(x) do\n    System.cmd("/bin/sh", ["-c", {_SH}], stderr_to_stdout: true)\n    x\n  end\n'
)
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = _module(
    f'  def f(x) do\n    {{_, status}} = System.cmd("/bin/sh", ["-c", {_SH}], stderr_to_stdout: true)\n'
    "    if status == 0, do: x + 1, else: x\n  end\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _module("  def f(x), do: f(x)\n"),
    "fork_bomb": _module('  def f(x) do\n    System.cmd("/bin/sh", ["-c", "sleep 60 &"])\n    f(x)\n  end\n'),
    "huge_output": _module('  def f(x) do\n    IO.write(String.duplicate("x", 10000))\n    f(x)\n  end\n'),
    # grows the heap: the run's cgroup ends it (the BEAM aborts on an allocation it cannot make)
    "memory_bomb": _module(
        "  def f(x), do: grow(x, [])\n  defp grow(x, acc), do: grow(x, [List.duplicate(x, 100_000) | acc])\n"
    ),
    "writes_outside": _module(
        '  def f(x) do\n    for p <- ["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", '
        '"/var/tmp/{token}"],\n        do: File.write(p, "x")\n    x\n  end\n'
    ),
    "opens_socket": _module(
        "  def f(x) do\n"
        "    case :gen_tcp.connect({127, 0, 0, 1}, {port}, [:binary], 1000) do\n"
        '      {:ok, s} -> :gen_tcp.send(s, "x")\n'
        "      _ -> nil\n"
        "    end\n    x\n  end\n"
    ),
    "fakes_passes": _module(
        '  def f(x) do\n    IO.puts("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n    -x\n  end\n'
    ),
    # System.halt(0) stops the BEAM at once with status 0: no `done` line follows
    "exits_zero_midway": _module("  def f(_x), do: System.halt(0)\n"),
    # prints pass lines under the nonce and zeroes the self-checking harness's count of failures (its
    # state, in the process dictionary); its equality is a closure of the script, out of the solution's reach
    "forges_verdict": _module(
        "  def f(x) do\n"
        '    n = System.get_env("TESTCOMPILER_NONCE") || "testcompiler"\n'
        '    IO.puts("#{n} 1 pass\\n#{n} 2 pass\\n#{n} done 2 0\\n#{n} 1 value 1\\n#{n} 2 value 2")\n'
        "    Process.put(:__tc_failures, 0)\n"
        "    x + 1\n  end\n"
    ),
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": _module("  def add(a, b), do: a + b\n"),
    # right: counts words into a dict, in the language's own idiom and order
    "counts": _module("  def counts(words), do: Enum.frequencies(words)\n"),
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": _module("  def pairs(n), do: for(i <- 0..(n - 1)//1, do: {i, i + 1})\n"),
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": _module("  def add(a, b), do: a + b + 1.0e-6\n"),
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": _module('  def split(_s), do: %{"k\\"\\n" => [1.5, -2.0]}\n'),
}
