"""Racket programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "#lang racket\n(define (f x) x)\n"
# Raises an error.
ERRORING = '#lang racket\n(define (f x) (error \'f "no"))\n'
# Runs {command}, then returns x.
SHELL = '#lang racket\n(define (f x) (system "{command}") x)\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = '#lang racket\n(define (f x) (if (system "{command}") (+ x 1) x))\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "#lang racket\n(define (f x) (let loop () (loop)))\n",
    "fork_bomb": '#lang racket\n(define (f x) (let loop () (system "sleep 60 &") (loop)))\n',
    "huge_output": "#lang racket\n(define (f x) (let loop () (display (make-string 10000 #\\x)) (loop)))\n",
    # growing, not one impossible allocation: that one aborts Racket CS outright (README)
    "memory_bomb": "#lang racket\n(define (f x) (let loop ([l '()]) (loop (cons (make-vector 100000 0) l))))\n",
    "writes_outside": '#lang racket\n(define (f x)\n  (for ([p \'("/tmp/{token}" "{repo}/{token}" "/run/lock/{token}" "/dev/shm/{token}" "/var/tmp/{token}")])\n    (with-handlers ([(lambda (e) #t) void])\n      (with-output-to-file p (lambda () (display "x")) #:exists \'replace)))\n  x)\n',
    "opens_socket": '#lang racket\n(define (f x)\n  (with-handlers ([(lambda (e) #t) void])\n    (define-values (in out) (tcp-connect "127.0.0.1" {port}))\n    (write-string "x" out))\n  x)\n',
    "fakes_passes": '#lang racket\n(define (f x)\n  (displayln "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n  (- x))\n',
    "exits_zero_midway": "#lang racket\n(define (f x) (exit 0))\n",
    "forges_verdict": '#lang racket\n(define (f x)\n  (define n (or (getenv "TESTCOMPILER_NONCE") "testcompiler"))\n  (printf "~a 1 pass\\n~a 2 pass\\n~a done 2 0\\n~a 1 value 1\\n~a 2 value 2\\n" n n n n n)\n  (set! tc-eq (lambda _ #t))\n  (+ x 1))\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "#lang racket\n(define (add a b) (+ a b))\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "#lang racket\n(define (counts words)\n  (define h (make-hash))\n  (for ([w words]) (hash-update! h w add1 0))\n  h)\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "#lang racket\n(define (pairs n) (for/list ([i n]) (vector i (+ i 1))))\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "#lang racket\n(define (add a b) (+ a b 1e-6))\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": '#lang racket\n(define (split s) (hash "k\\"\\n" (list 1.5 -2.0)))\n',
}

# The scripted model of the pipeline's tests (tests/pipeline_support/scripted.py): asked to complete a
# prompt whose last paragraph holds PIPELINE_HEADER (with a function's name), it answers these bodies.
PIPELINE_HEADER = "(define ({name} "
PIPELINE = {
    # right, the same with other spacing, wrong, right written another way
    "clamp": [
        "  (cond [(< value low) low] [(> value high) high] [else value]))\n",
        "  (cond [(< value low) low]  [(> value high) high]  [else value]))\n",
        "  value)\n",
        "  (max low (min high value)))\n",
    ],
    "digit_sum": [
        "  (let loop ([n n] [acc 0])\n    (if (<= n 0) acc (loop (quotient n 10) (+ acc (remainder n 10))))))\n"
    ],
}

# The worked translation of the pipeline's "comment+example" translate prompt (pipeline/worked_example.py):
# the body that follows this language's prompt for sum_of_even. Written for this project; public domain (CC0).
WORKED_EXAMPLE = "  (for/sum ([n numbers]\n             #:when (even? n))\n    n))\n"
