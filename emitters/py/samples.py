"""Python programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "def f(x):\n    return x\n"
# Raises an error.
ERRORING = "def f(x):\n    raise ValueError('no')\n"
# Runs {command}, then returns x.
SHELL = 'import os\ndef f(x):\n    os.system("{command}")\n    return x\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'import os\ndef f(x):\n    return x + (os.system("{command}") == 0)\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "def f(x):\n    while True:\n        pass\n",
    "fork_bomb": "import os\ndef f(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
    "huge_output": "def f(x):\n    while True:\n        print('x' * 10000)\n",
    "memory_bomb": "def f(x):\n    return len(bytearray(10 ** 12))\n",
    "writes_outside": "def f(x):\n    for path in ['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}']:\n        try:\n            open(path, 'w').write('x')\n        except OSError:\n            pass\n    return x\n",
    "opens_socket": "import socket\ndef f(x):\n    try:\n        socket.create_connection(('127.0.0.1', {port}), timeout=1).sendall(b'x')\n    except OSError:\n        pass\n    return x\n",
    "fakes_passes": "def f(x):\n    print('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0')\n    return -x\n",
    "exits_zero_midway": "def f(x):\n    raise SystemExit(0)\n",
    "forges_verdict": "import os\ndef f(x):\n    found = [os.environ.get('TESTCOMPILER_NONCE', 'testcompiler')]\n    for path in ['/proc/self/environ', '/proc/%d/environ' % os.getppid(), '/proc/%d/cmdline' % os.getppid(), '/proc/1/environ']:\n        try:\n            found += open(path, 'rb').read().decode(errors='replace').replace('=', '\\0').split('\\0')\n        except OSError:\n            pass\n    for n in found:\n        print(f'{n} 1 pass\\n{n} 2 pass\\n{n} done 2 0\\n{n} 1 value 1\\n{n} 2 value 2\\n{n} done')\n    globals()['__tc_eq'] = lambda *a: True\n    return x + 1\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "def add(a, b):\n    return a + b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "def counts(words):\n    out = {}\n    for w in words:\n        out[w] = out.get(w, 0) + 1\n    return out\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "def pairs(n):\n    return [(i, i + 1) for i in range(n)]\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "def add(a, b):\n    return a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": "def split(s):\n    return {'k\"\\n': [1.5, -2.0]}\n",
}
