"""R programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "f <- function(x) x\n"
# Raises an error.
ERRORING = "f <- function(x) stop('no')\n"
# Runs {command}, then returns x.
SHELL = 'f <- function(x) {\n  system("{command}")\n  x\n}\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'f <- function(x) {\n  if (system("{command}") == 0) x + 1 else x\n}\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "f <- function(x) repeat {}\n",
    "fork_bomb": "f <- function(x) repeat system('sleep 60', wait = FALSE)\n",
    "huge_output": "f <- function(x) repeat cat(strrep('x', 10000))\n",
    "memory_bomb": "f <- function(x) length(numeric(1e12))\n",
    "writes_outside": "f <- function(x) {\n  for (p in c('/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}')) try(writeLines('x', p), silent = TRUE)\n  x\n}\n",
    "opens_socket": "f <- function(x) {\n  try({ con <- socketConnection('127.0.0.1', {port}, timeout = 1); writeLines('x', con) }, silent = TRUE)\n  x\n}\n",
    "fakes_passes": "f <- function(x) {\n  cat('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n')\n  -x\n}\n",
    "exits_zero_midway": "f <- function(x) quit(status = 0)\n",
    "forges_verdict": "f <- function(x) {\n  n <- Sys.getenv('TESTCOMPILER_NONCE', 'testcompiler')\n  cat(sprintf('%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n', n, n, n, n, n))\n  assign('.tc_eq', function(...) TRUE, envir = globalenv())\n  x + 1\n}\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "add <- function(a, b) a + b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "counts <- function(words) {\n  out <- list()\n  for (w in words) out[[w]] <- (if (is.null(out[[w]])) 0 else out[[w]]) + 1\n  out\n}\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "pairs <- function(n) lapply(seq_len(n) - 1, function(i) c(i, i + 1))\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "add <- function(a, b) a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'split <- function(s) list("k\\"\\n" = c(1.5, -2))\n',
}

# The scripted model of the pipeline's tests (tests/pipeline_support/scripted.py): asked to complete a
# prompt whose last paragraph holds PIPELINE_HEADER (with a function's name), it answers these bodies.
PIPELINE_HEADER = "{name} <- function("
PIPELINE = {
    # right, the same with other spacing, wrong, right written another way
    "clamp": [
        "  if (value < low) return(low)\n  if (value > high) return(high)\n  value\n}\n",
        "  if (value < low) return(low)\n  if (value > high) return(high)\n  return(value)\n}\n",
        "  value\n}\n",
        "  max(low, min(high, value))\n}\n",
    ],
    "digit_sum": [
        "  total <- 0\n  while (n > 0) {\n    total <- total + n %% 10\n    n <- n %/% 10\n  }\n  total\n}\n"
    ],
}

# The worked translation of the pipeline's "comment+example" translate prompt (pipeline/worked_example.py):
# the body that follows this language's prompt for sum_of_even. Written for this project; public domain (CC0).
WORKED_EXAMPLE = """\
    total <- 0
    for (n in numbers) {
        if (n %% 2 == 0) {
            total <- total + n
        }
    }
    return(total)
}
"""
