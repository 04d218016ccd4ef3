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
