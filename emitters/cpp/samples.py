"""C++ programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f, after the
prompt's includes (a solution is the prompt and its completion).

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

_INCLUDES = "#include<assert.h>\n#include<bits/stdc++.h>\n"

# Right: returns x.
HONEST = _INCLUDES + "long f(long x) {\n  return x;\n}\n"
# Raises an error.
ERRORING = _INCLUDES + 'long f(long x) {\n  throw std::runtime_error("no");\n}\n'
# Runs {command}, then returns x.
SHELL = _INCLUDES + 'long f(long x) {\n  std::system("{command}");\n  return x;\n}\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    _INCLUDES + 'long f(long x) {\n  if (std::system("{command}") == 0) return x + 1;\n  return x;\n}\n'
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _INCLUDES
    + "long f(long x) {\n  volatile long n = 0;\n  while (true) n++;\n  return x;\n}\n",
    "fork_bomb": _INCLUDES + 'long f(long x) {\n  while (true) std::system("sleep 60 &");\n  return x;\n}\n',
    "huge_output": _INCLUDES
    + "long f(long x) {\n  std::string s(10000, 'x');\n  while (true) std::fwrite(s.data(), 1, s.size(), stdout);\n  return x;\n}\n",
    "memory_bomb": _INCLUDES
    + "long f(long x) {\n  std::vector<std::vector<char>> hold;\n  while (true) hold.emplace_back(1 << 28, 'x');\n  return x;\n}\n",
    "writes_outside": _INCLUDES
    + 'long f(long x) {\n  for (const char* p : {"/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"}) {\n    std::FILE* out = std::fopen(p, "w");\n    if (out) { std::fputs("x", out); std::fclose(out); }\n  }\n  return x;\n}\n',
    "opens_socket": _INCLUDES
    + "long f(long x) {\n  std::system(\"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\");\n  return x;\n}\n",
    "fakes_passes": _INCLUDES
    + 'long f(long x) {\n  std::printf("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n");\n  std::fflush(stdout);\n  return -x;\n}\n',
    "exits_zero_midway": _INCLUDES + "long f(long x) {\n  std::exit(0);\n  return x;\n}\n",
    "forges_verdict": _INCLUDES
    + 'long f(long x) {\n  const char* n = std::getenv("TESTCOMPILER_NONCE");\n  if (!n) n = "testcompiler";\n  std::printf("%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n", n, n, n, n, n);\n  std::fflush(stdout);\n  return x + 1;\n}\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": _INCLUDES + "float add(float a, float b) {\n  return a + b;\n}\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": _INCLUDES
    + "std::map<std::string, long> counts(std::vector<std::string> words) {\n  std::map<std::string, long> out;\n  for (const auto& w : words) out[w]++;\n  return out;\n}\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": _INCLUDES
    + "std::vector<std::tuple<long, long>> pairs(long n) {\n  std::vector<std::tuple<long, long>> out;\n  for (long i = 0; i < n; i++) out.push_back(std::make_tuple(i, i + 1));\n  return out;\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": _INCLUDES + "float add(float a, float b) {\n  return a + b + 1e-6f;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": _INCLUDES
    + 'std::map<std::string, std::vector<float>> split(std::string s) {\n  return {{"k\\"\\n", {1.5f, -2.0f}}};\n}\n',
}
