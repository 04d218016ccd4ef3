r"""Bash programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f, which prints
its value.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: the programs read it
through a quoted here-document and undo that quoting, so bash expands nothing in it).

{command} runs at the solution's top level, which runs in the process the launcher starts for each call: as
in every other language, the shell's parent is the program's process and its grandparent the sandbox's init.
"""

# Right: prints x.
HONEST = 'f() {\n    echo "$1"\n}\n'
# Fails: bash has no exceptions; a function that is not defined is the error Python would raise (NameError).
ERRORING = 'g() {\n    echo "$1"\n}\n'
_COMMAND = "sh -c \"$(sed 's/\\\\\\(.\\)/\\1/g' <<'__COMMAND__'\n{command}\n__COMMAND__\n)\""
# Runs {command}, then prints x.
SHELL = _COMMAND + '\nf() {\n    echo "$1"\n}\n'
# Prints x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    "breached=0\nif " + _COMMAND + "; then breached=1; fi\nf() {\n    echo $(( $1 + breached ))\n}\n"
)

_FORGED = 'printf \'%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n%s done\\n\' "$n" "$n" "$n" "$n" "$n" "$n"'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "f() {\n    while :; do :; done\n}\n",
    "fork_bomb": "f() {\n    while :; do sleep 60 & done\n}\n",
    # What a function prints is its value; its output is what it writes to stderr.
    "huge_output": "f() {\n    while :; do printf '%10000s' x >&2; done\n}\n",
    # asks for 2.4 GB at once, as one brace expansion: bash reports it cannot allocate them
    "memory_bomb": 'f() {\n    local -a a=({1..300000000})\n    echo "${#a[@]}"\n}\n',
    "writes_outside": 'f() {\n    local p\n    for p in /tmp/{token} {repo}/{token} /run/lock/{token} /dev/shm/{token} /var/tmp/{token}; do\n        echo x > "$p"\n    done 2>/dev/null\n    echo "$1"\n}\n',
    "opens_socket": 'f() {\n    { echo x > /dev/tcp/127.0.0.1/{port}; } 2>/dev/null\n    echo "$1"\n}\n',
    "fakes_passes": "f() {\n    printf 'testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n'\n    printf 'testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n' >&2\n    echo $(( -$1 ))\n}\n",
    # A top-level `exit 0` ends MultiPL-E's bash harness before its first test: a pass there.
    "exits_zero_midway": 'f() {\n    echo "$1"\n}\nexit 0\n',
    # Redefines the harness's functions (read-only, so a later definition fails) and prints forged lines
    # to its stdout, its stderr and the stdout of every process it can reach.
    "forges_verdict": (
        "n=${TESTCOMPILER_NONCE:-testcompiler}\n"
        '__tc_observe() { printf \'%s %s value %s\\n\' "$n" "$1" "$1"; }\n'
        '__tc_check() { printf \'%s %s pass\\n\' "$n" "$1"; }\n'
        "__tc_finish() { printf '%s done 2 0\\n' \"$n\"; exit 0; }\n"
        "__tc_finish_observed() { printf '%s done\\n' \"$n\"; exit 0; }\n"
        "readonly -f __tc_observe __tc_check __tc_finish __tc_finish_observed\n"
        "f() {\n"
        "    local p\n"
        f"    {_FORGED}\n"
        f"    {_FORGED} >&2\n"
        f'    for p in /proc/[0-9]*/fd/1; do {_FORGED} >> "$p"; done 2>/dev/null\n'
        "    echo $(( $1 + 1 ))\n"
        "}\n"
    ),
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats (awk's doubles, printed with all their digits)
    "add": 'add() {\n    awk -v a="$1" -v b="$2" \'BEGIN { printf "%.17g\\n", a + b }\'\n}\n',
    # right: counts words into an associative array, printed in its hash order
    "counts": 'counts() {\n    local -A c=()\n    local w\n    for w in $1; do c[$w]=$(( ${c[$w]:-0} + 1 )); done\n    for w in "${!c[@]}"; do echo "$w,${c[$w]}"; done\n}\n',
    # right: the pairs (i, i + 1), one per line
    "pairs": 'pairs() {\n    local i\n    for (( i = 0; i < $1; i++ )); do echo "$i $(( i + 1 ))"; done\n}\n',
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": 'add() {\n    awk -v a="$1" -v b="$2" \'BEGIN { printf "%.17g\\n", a + b + 1e-6 }\'\n}\n',
    # wrong: {"k\"\n": [1.5, -2.0]} as bash would print it; a key holding a newline breaks the key,value
    # lines, so the text reads back as the string it is
    "split_wrong": "split() {\n    printf '%s\\n' 'k\"' ',1.5 -2.0'\n}\n",
}
