"""PHP programs that the tests (tests/test_hostile.py, tests/test_semantics.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string). Each program is what a
completion adds to the prompt, so it starts with ``<?php``."""

# Right: returns x.
HONEST = "<?php\nfunction f($x) {\n    return $x;\n}\n"
# Raises an error.
ERRORING = "<?php\nfunction f($x) {\n    throw new Exception('no');\n}\n"
# Runs {command}, then returns x. The command comes quoted for a double-quoted string, where PHP would
# interpolate "$": it stands in a nowdoc (no interpolation, no escapes) and stripcslashes undoes the quoting.
SHELL = (
    "<?php\nfunction f($x) {\n    system(stripcslashes(<<<'TCCMD'\n{command}\nTCCMD));\n    return $x;\n}\n"
)
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    "<?php\nfunction f($x) {\n    system(stripcslashes(<<<'TCCMD'\n{command}\nTCCMD), $status);\n"
    "    return $status === 0 ? $x + 1 : $x;\n}\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "<?php\nfunction f($x) {\n    while (true) {}\n}\n",
    "fork_bomb": "<?php\nfunction f($x) {\n    while (true) { exec('sleep 60 > /dev/null &'); }\n}\n",
    "huge_output": "<?php\nfunction f($x) {\n    while (true) { echo str_repeat('x', 10000); }\n}\n",
    "memory_bomb": "<?php\nfunction f($x) {\n    $s = str_repeat('x', 1 << 29);\n    return strlen($s . $s . $s . $s . $s);\n}\n",
    "writes_outside": "<?php\nfunction f($x) {\n    foreach (['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}'] as $p) {\n        @file_put_contents($p, 'x');\n    }\n    return $x;\n}\n",
    "opens_socket": "<?php\nfunction f($x) {\n    $s = @fsockopen('127.0.0.1', {port}, $errno, $errstr, 1);\n    if ($s) { fwrite($s, 'x'); fclose($s); }\n    return $x;\n}\n",
    "fakes_passes": '<?php\nfunction f($x) {\n    echo "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n";\n    return -$x;\n}\n',
    "exits_zero_midway": "<?php\nfunction f($x) {\n    exit(0);\n}\n",
    "forges_verdict": "<?php\nfunction f($x) {\n    $n = getenv('TESTCOMPILER_NONCE') ?: 'testcompiler';\n    echo \"$n 1 pass\\n$n 2 pass\\n$n done 2 0\\n$n 1 value 1\\n$n 2 value 2\\n\";\n    return $x + 1;\n}\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "<?php\nfunction add($a, $b) {\n    return $a + $b;\n}\n",
    # right: counts words into an associative array, in PHP's own idiom and order
    "counts": "<?php\nfunction counts($words) {\n    $out = [];\n    foreach (array_reverse($words) as $w) { $out[$w] = ($out[$w] ?? 0) + 1; }\n    return $out;\n}\n",
    # right: the pairs (i, i + 1), tuples as arrays
    "pairs": "<?php\nfunction pairs($n) {\n    $out = [];\n    for ($i = 0; $i < $n; $i++) { $out[] = [$i, $i + 1]; }\n    return $out;\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "<?php\nfunction add($a, $b) {\n    return $a + $b + 1e-6;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in PHP's own notation
    "split_wrong": '<?php\nfunction split($s) {\n    return ["k\\"\\n" => [1.5, -2.0]];\n}\n',
}
