"""Go programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a whole file as MultiPL-E's prompt starts one (``package f_test`` and the import block of "testing"
and "fmt", which the harness uses), with whatever more it imports. The tests fill in {port} (a listening TCP
port), {token} (a name unique to the run), {repo} (this checkout) and {command} (a /bin/sh command line,
quoted for a double-quoted string)."""


def _file(body: str, *imports: str, package: str = "f_test") -> str:
    lines = "".join(f'    "{name}"\n' for name in ("testing", "fmt", *imports))
    return f"package {package}\n\nimport (\n{lines})\n\n{body}"


# Right: returns x.
HONEST = _file("func f(x int) int {\n\treturn x\n}\n")
# Raises an error.
ERRORING = _file('func f(x int) int {\n\tpanic("no")\n}\n')
# Runs {command}, then returns x.
SHELL = _file(
    'func f(x int) int {\n\tcmd := exec.Command("/bin/sh", "-c", "{command}")\n\tcmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr\n\tcmd.Run()\n\treturn x\n}\n',
    "os",
    "os/exec",
)
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = _file(
    'func f(x int) int {\n\tif exec.Command("/bin/sh", "-c", "{command}").Run() == nil {\n\t\treturn x + 1\n\t}\n\treturn x\n}\n',
    "os/exec",
)

# Statuses Go honestly gives besides the EXPECTED table's: Go's runtime dies ("failed to create new OS
# thread", exit 2) when the process limit, which the fork bomb's children exhaust, refuses it a thread.
ALSO_EXPECTED = {"fork_bomb": ("Exception",)}

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _file("func f(x int) int {\n\tfor {\n\t}\n}\n"),
    "fork_bomb": _file(
        'func f(x int) int {\n\tfor {\n\t\texec.Command("/bin/sh", "-c", "sleep 60 &").Run()\n\t}\n}\n',
        "os/exec",
    ),
    # Go ignores SIGXFSZ: past the output cap a write fails, and this program stops at the failure.
    "huge_output": _file(
        'func f(x int) int {\n\tline := strings.Repeat("x", 10000)\n\tfor {\n\t\tif _, err := os.Stdout.WriteString(line); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t}\n}\n',
        "os",
        "strings",
    ),
    "memory_bomb": _file(
        "func f(x int) int {\n\thold := [][]byte{}\n\tfor {\n\t\tb := make([]byte, 1<<28)\n\t\tfor i := 0; i < len(b); i += 4096 {\n\t\t\tb[i] = 1\n\t\t}\n\t\thold = append(hold, b)\n\t}\n}\n"
    ),
    "writes_outside": _file(
        'func f(x int) int {\n\tfor _, p := range []string{"/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"} {\n\t\tos.WriteFile(p, []byte("x"), 0o644)\n\t}\n\treturn x\n}\n',
        "os",
    ),
    "opens_socket": _file(
        'func f(x int) int {\n\tif c, err := net.Dial("tcp", "127.0.0.1:{port}"); err == nil {\n\t\tc.Write([]byte("x"))\n\t\tc.Close()\n\t}\n\treturn x\n}\n',
        "net",
    ),
    "fakes_passes": _file(
        'func f(x int) int {\n\tfmt.Print("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n")\n\treturn -x\n}\n'
    ),
    "exits_zero_midway": _file("func f(x int) int {\n\tos.Exit(0)\n\treturn x\n}\n", "os"),
    "forges_verdict": _file(
        'func f(x int) int {\n\tn := os.Getenv("TESTCOMPILER_NONCE")\n\tif n == "" {\n\t\tn = "testcompiler"\n\t}\n\tfmt.Printf("%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n", n, n, n, n, n)\n\treturn x + 1\n}\n',
        "os",
    ),
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": _file("func add(a float64, b float64) float64 {\n\treturn a + b\n}\n", package="add_test"),
    # right: counts words into a dict, in the language's own idiom and order
    "counts": _file(
        "func counts(words []string) map[string]int {\n\tout := map[string]int{}\n\tfor _, w := range words {\n\t\tout[w]++\n\t}\n\treturn out\n}\n",
        package="counts_test",
    ),
    # right: the pairs (i, i + 1), tuples in the language's own idiom (MultiPL-E's []interface{})
    "pairs": _file(
        "func pairs(n int) [][]interface{} {\n\tout := [][]interface{}{}\n\tfor i := 0; i < n; i++ {\n\t\tout = append(out, []interface{}{i, i + 1})\n\t}\n\treturn out\n}\n",
        package="pairs_test",
    ),
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": _file(
        "func add(a float64, b float64) float64 {\n\treturn a + b + 1e-6\n}\n", package="add_test"
    ),
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": _file(
        'func split(s string) map[string][]float64 {\n\treturn map[string][]float64{"k\\"\\n": {1.5, -2.0}}\n}\n',
        package="split_test",
    ),
}
