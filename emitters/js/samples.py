"""JavaScript programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "function f(x) {\n  return x;\n}\n"
# Raises an error.
ERRORING = "function f(x) {\n  throw new Error('no');\n}\n"
# Runs {command}, then returns x.
SHELL = "function f(x) {\n  require('child_process').spawnSync('/bin/sh', ['-c', \"{command}\"], {stdio: 'inherit'});\n  return x;\n}\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = "function f(x) {\n  if (require('child_process').spawnSync('/bin/sh', ['-c', \"{command}\"], {stdio: 'inherit'}).status === 0) return x + 1;\n  return x;\n}\n"

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "function f(x) {\n  while (true) {}\n}\n",
    "fork_bomb": "function f(x) {\n  while (true) {\n    try { require('child_process').execSync('sleep 60 &'); } catch (e) {}\n  }\n}\n",
    "huge_output": "function f(x) {\n  const fs = require('fs');\n  while (true) fs.writeSync(1, 'x'.repeat(10000));\n}\n",
    # ArrayBuffers live outside V8's heap: the address-space limit makes their allocation a RangeError
    "memory_bomb": "function f(x) {\n  const held = [];\n  while (true) held.push(new Float64Array(1 << 24));\n}\n",
    "writes_outside": "function f(x) {\n  for (const p of ['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}']) {\n    try { require('fs').writeFileSync(p, 'x'); } catch (e) {}\n  }\n  return x;\n}\n",
    "opens_socket": "function f(x) {\n  require('child_process').spawnSync('bash', ['-c', 'echo x > /dev/tcp/127.0.0.1/{port}'], {stdio: 'ignore'});\n  return x;\n}\n",
    "fakes_passes": "function f(x) {\n  console.log('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0');\n  return -x;\n}\n",
    "exits_zero_midway": "function f(x) {\n  process.exit(0);\n}\n",
    # prints pass lines under the nonce, makes every array and object look equal where it can, exits 0 on
    # any exit, and returns a wrong answer
    "forges_verdict": "Array.isArray = () => true;\nObject.getPrototypeOf = () => Object.prototype;\nconst __exit = process.exit;\nprocess.exit = () => __exit(0);\nfunction f(x) {\n  const n = process.env.TESTCOMPILER_NONCE || 'testcompiler';\n  console.log(n + ' 1 pass\\n' + n + ' 2 pass\\n' + n + ' done 2 0\\n' + n + ' 1 value 1\\n' + n + ' 2 value 2');\n  return x + 1;\n}\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "function add(a, b) {\n  return a + b;\n}\n",
    # right: counts words into a dict, in the language's own idiom (a plain object) and order
    "counts": "function counts(words) {\n  const out = {};\n  for (const w of words) out[w] = (out[w] || 0) + 1;\n  return out;\n}\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom (arrays)
    "pairs": "function pairs(n) {\n  const out = [];\n  for (let i = 0; i < n; i++) out.push([i, i + 1]);\n  return out;\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "function add(a, b) {\n  return a + b + 1e-6;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'function split(s) {\n  return {"k\\"\\n": [1.5, -2.0]};\n}\n',
}
