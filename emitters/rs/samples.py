r"""Rust programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

Each is a solution as MultiPL-E cuts a completion: the prompt's ``fn f(x: isize) -> isize {`` and a body,
without the closing brace (the stop token ``\n}``), which the harness's first line supplies.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: Rust's string
literals read it back as it was).
"""

_HEAD = "fn f(x: isize) -> isize {\n"

# Right: returns x.
HONEST = _HEAD + "    x\n"
# Raises an error (a panic).
ERRORING = _HEAD + '    panic!("no")\n'
_SH = 'std::process::Command::new("/bin/sh").arg("-c").arg("{command}")'
# Runs {command}, then returns x.
SHELL = _HEAD + f"    let _ = {_SH}.status();\n    x\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    _HEAD + f"    if {_SH}.status().map(|s| s.success()).unwrap_or(false) {{ x + 1 }} else {{ x }}\n"
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _HEAD + "    loop {}\n",
    "fork_bomb": _HEAD
    + '    loop {\n        let _ = std::process::Command::new("/bin/sh").arg("-c").arg("sleep 60 &").status();\n    }\n',
    "huge_output": _HEAD
    + "    use std::io::Write;\n    let chunk = vec![b'x'; 10000];\n"
    + "    loop {\n        let _ = std::io::stdout().write_all(&chunk);\n    }\n",
    "memory_bomb": _HEAD
    + "    let mut hold: Vec<Vec<u8>> = Vec::new();\n    loop {\n        hold.push(vec![1u8; 1 << 28]);\n    }\n",
    "writes_outside": _HEAD
    + '    for p in &["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"] {\n'
    + '        let _ = std::fs::write(p, "x");\n    }\n    x\n',
    "opens_socket": _HEAD
    + '    let _ = std::process::Command::new("bash").arg("-c")\n'
    + '        .arg("echo x > /dev/tcp/127.0.0.1/{port}").stderr(std::process::Stdio::null()).status();\n    x\n',
    "fakes_passes": _HEAD
    + '    println!("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0");\n    -x\n',
    "exits_zero_midway": _HEAD + "    std::process::exit(0)\n",
    "forges_verdict": _HEAD
    + '    let n = std::env::var("TESTCOMPILER_NONCE").unwrap_or(String::from("testcompiler"));\n'
    + '    println!("{0} 1 pass\\n{0} 2 pass\\n{0} done 2 0\\n{0} 1 value 1\\n{0} 2 value 2", n);\n    x + 1\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "fn add(a: f64, b: f64) -> f64 {\n    a + b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "use std::collections::HashMap;\n\nfn counts(words: Vec<String>) -> HashMap<String, isize> {\n"
    "    let mut out = HashMap::new();\n    for w in words {\n        *out.entry(w).or_insert(0) += 1;\n    }\n"
    "    out\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "fn pairs(n: isize) -> Vec<(isize, isize)> {\n    (0..n).map(|i| (i, i + 1)).collect()\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "fn add(a: f64, b: f64) -> f64 {\n    a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": "use std::collections::HashMap;\n\nfn split(s: String) -> HashMap<String, Vec<f64>> {\n"
    '    HashMap::from([(String::from("k\\"\\n"), vec![1.5, -2.0])])\n',
}
