"""Lua programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "local function f(x)\n  return x\nend\n"
# Raises an error.
ERRORING = "local function f(x)\n  error('no')\nend\n"
# Runs {command}, then returns x.
SHELL = 'local function f(x)\n  os.execute("{command}")\n  return x\nend\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'local function f(x)\n  if os.execute("{command}") then return x + 1 end\n  return x\nend\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "local function f(x)\n  while true do end\nend\n",
    "fork_bomb": "local function f(x)\n  while true do os.execute('sleep 60 &') end\nend\n",
    "huge_output": "local function f(x)\n  while true do io.write(string.rep('x', 10000)) end\nend\n",
    "memory_bomb": "local function f(x)\n  local s = string.rep('x', 1 << 29)\n  return #(s .. s .. s .. s .. s)\nend\n",
    "writes_outside": "local function f(x)\n  for _, p in ipairs({'/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}'}) do\n    local h = io.open(p, 'w')\n    if h then h:write('x') h:close() end\n  end\n  return x\nend\n",
    "opens_socket": "local function f(x)\n  os.execute(\"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\")\n  return x\nend\n",
    "fakes_passes": "local function f(x)\n  print('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0')\n  return -x\nend\n",
    "exits_zero_midway": "local function f(x)\n  os.exit(0)\nend\n",
    "forges_verdict": "local function f(x)\n  local n = os.getenv('TESTCOMPILER_NONCE') or 'testcompiler'\n  print(n .. ' 1 pass\\n' .. n .. ' 2 pass\\n' .. n .. ' done 2 0\\n' .. n .. ' 1 value 1\\n' .. n .. ' 2 value 2')\n  return x + 1\nend\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "local function add(a, b)\n  return a + b\nend\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "local function counts(words)\n  local out = {}\n  for _, w in ipairs(words) do out[w] = (out[w] or 0) + 1 end\n  return out\nend\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom (`pairs` is Lua's own: the emitter renames it)
    "pairs": "local function pairs_(n)\n  local out = {}\n  for i = 0, n - 1 do out[#out + 1] = {i, i + 1} end\n  return out\nend\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "local function add(a, b)\n  return a + b + 1e-6\nend\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'local function split(s)\n  return {["k\\"\\n"] = {1.5, -2.0}}\nend\n',
}

# The scripted model of the pipeline's tests (tests/pipeline_support/scripted.py): asked to complete a
# prompt whose last paragraph holds PIPELINE_HEADER (with a function's name), it answers these bodies.
PIPELINE_HEADER = "local function {name}("
PIPELINE = {
    # right, the same with other spacing, wrong, right written another way
    "clamp": [
        "    if value < low then return low end\n    if value > high then return high end\n    return value\nend\n",
        "    if value<low then return low end\n    if value>high then return high end\n    return value\nend\n",
        "    return value\nend\n",
        "    return math.max(low, math.min(high, value))\nend\n",
    ],
    "digit_sum": [
        "    local total = 0\n    while n > 0 do\n        total = total + n % 10\n        n = n // 10\n    end\n    return total\nend\n"
    ],
}

# The worked translation of the pipeline's "comment+example" translate prompt (pipeline/worked_example.py):
# the body that follows this language's prompt for sum_of_even. Written for this project; public domain (CC0).
WORKED_EXAMPLE = """\
    local total = 0
    for _, n in ipairs(numbers) do
        if n % 2 == 0 then
            total = total + n
        end
    end
    return total
end
"""
