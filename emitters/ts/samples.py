"""TypeScript programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string). ``require`` is declared
by the harness, as in MultiPL-E's (``declare var require: any``)."""

# Right: returns x.
HONEST = "function f(x: number): number {\n  return x;\n}\n"
# Raises an error.
ERRORING = "function f(x: number): number {\n  throw new Error('no');\n}\n"
# Runs {command}, then returns x.
SHELL = (
    "function f(x: number): number {\n"
    "  try { require('node:child_process').execSync(\"{command}\", {stdio: 'inherit'}); } catch (e) {}\n"
    "  return x;\n}\n"
)
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    "function f(x: number): number {\n"
    "  try { require('node:child_process').execSync(\"{command}\", {stdio: 'inherit'}); return x + 1; }"
    " catch (e) { return x; }\n}\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "function f(x: number): number {\n  while (true) {}\n}\n",
    "fork_bomb": "function f(x: number): number {\n  while (true) {\n    try { require('node:child_process').execSync('sleep 60 &'); } catch (e) {}\n  }\n}\n",
    "huge_output": "function f(x: number): number {\n  while (true) require('node:fs').writeSync(1, 'x'.repeat(10000));\n}\n",
    "memory_bomb": "function f(x: number): number {\n  const hold: Uint8Array[] = [];\n  while (true) hold.push(new Uint8Array(1 << 28).fill(1));\n}\n",
    "writes_outside": "function f(x: number): number {\n  for (const p of ['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}']) {\n    try { require('node:fs').writeFileSync(p, 'x'); } catch (e) {}\n  }\n  return x;\n}\n",
    "opens_socket": "function f(x: number): number {\n  try { require('node:child_process').execSync(\"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\"); } catch (e) {}\n  return x;\n}\n",
    "fakes_passes": "function f(x: number): number {\n  require('node:fs').writeSync(1, 'testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n');\n  return -x;\n}\n",
    "exits_zero_midway": "function f(x: number): number {\n  require('node:process').exit(0);\n  return x;\n}\n",
    "forges_verdict": "function f(x: number): number {\n  const n = require('node:process').env.TESTCOMPILER_NONCE || 'testcompiler';\n  require('node:fs').writeSync(1, `${n} 1 pass\\n${n} 2 pass\\n${n} done 2 0\\n${n} 1 value 1\\n${n} 2 value 2\\n`);\n  (globalThis as any).__tc_eq = () => true;\n  return x + 1;\n}\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "function add(a: number, b: number): number {\n  return a + b;\n}\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "function counts(words: string[]): {[key: string]: number} {\n  const out: {[key: string]: number} = {};\n  for (const w of words) out[w] = (out[w] ?? 0) + 1;\n  return out;\n}\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "function pairs(n: number): [number, number][] {\n  const out: [number, number][] = [];\n  for (let i = 0; i < n; i++) out.push([i, i + 1]);\n  return out;\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "function add(a: number, b: number): number {\n  return a + b + 1e-6;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'function split(s: string): {[key: string]: number[]} {\n  return {"k\\"\\n": [1.5, -2.0]};\n}\n',
}
