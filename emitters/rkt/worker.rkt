#lang racket/base
;; testcompiler warm worker for Racket. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program module
;; in a forked copy of this process (the racket library already instantiated, so it is not loaded again), in
;; a fresh namespace, with its stdout and stderr on <dir>/.stdout and .stderr; answers "<token> <job> PID
;; <pid>", then "<token> <job> DONE <exit code>" or "<token> <job> SIGNAL <n>", each on a line of its own.
(require racket/string racket/port ffi/unsafe)
(define-namespace-anchor anchor)
(define shared (namespace-anchor->empty-namespace anchor))
(dynamic-require 'racket #f)
(define token (or (getenv "TESTCOMPILER_WORKER_TOKEN") ""))

(define c-fork (get-ffi-obj "fork" #f (_fun #:save-errno 'posix -> _int)))
(define c-open (get-ffi-obj "open" #f (_fun _path _int _int -> _int)))
(define c-dup2 (get-ffi-obj "dup2" #f (_fun _int _int -> _int)))
(define c-close (get-ffi-obj "close" #f (_fun _int -> _int)))
(define c-exit (get-ffi-obj "_exit" #f (_fun _int -> _void)))
(define c-waitpid (get-ffi-obj "waitpid" #f (_fun _int _pointer _int -> _int)))
(define O_WRONLY+CREAT+TRUNC (bitwise-ior 1 #o100 #o1000))

(define (redirect path fd flags)
  (define target (c-open path flags #o644))
  (unless (negative? target)
    (c-dup2 target fd)
    (c-close target)))

;; In the fork: never returns.
(define (child dir nonce file)
  (putenv "TESTCOMPILER_NONCE" nonce)
  (putenv "TESTCOMPILER_WORKER_TOKEN" "")
  (redirect (build-path dir ".stdout") 1 O_WRONLY+CREAT+TRUNC)
  (redirect (build-path dir ".stderr") 2 O_WRONLY+CREAT+TRUNC)
  (redirect "/dev/null" 0 0)
  (define (finish code)
    (plumber-flush-all (current-plumber))
    (flush-output (current-output-port))
    (flush-output (current-error-port))
    (c-exit code))
  (parameterize ([current-namespace (make-base-empty-namespace)]
                 [current-directory dir]
                 [exit-handler (lambda (c) (finish (if (byte? c) c 0)))])
    (namespace-attach-module shared 'racket (current-namespace))
    (with-handlers ([(lambda (e) #t)
                     (lambda (e)
                       ((error-display-handler) (if (exn? e) (exn-message e) (format "uncaught: ~s" e)) e)
                       (finish 1))])
      (dynamic-require (build-path dir file) #f))
    (finish 0)))

(define (answer . words)
  (printf "\n~a ~a\n" token (string-join (map (lambda (w) (format "~a" w)) words) " "))
  (flush-output))

;; Warm up before the first fork: a first `#lang racket` file forces what Racket loads lazily (the `#lang`
;; reader, its syntax literals, the expander's caches), which every forked program would otherwise redo for
;; itself (about 90 ms of a forked program's 160 ms, measured here). The file is the harness's prelude, from
;; the host, run once in a namespace of its own that nothing else sees; whatever goes wrong with it only
;; leaves the worker cold.
(let ([prelude (getenv "TESTCOMPILER_WORKER_PRELUDE")])
  (when prelude
    (define warm-up (build-path (current-directory) "warm-up.rkt"))
    (with-handlers ([(lambda (e) #t) void])
      (call-with-output-file warm-up #:exists 'truncate
        (lambda (out) (write-string (string-append "#lang racket\n" (call-with-input-file prelude port->string)) out)))
      (parameterize ([current-namespace (make-base-empty-namespace)]
                     [current-output-port (open-output-nowhere)])
        (namespace-attach-module shared 'racket (current-namespace))
        (dynamic-require warm-up #f)))
    (with-handlers ([(lambda (e) #t) void]) (delete-file warm-up))))

(answer "READY")
(let loop ()
  (define line (read-line))
  (unless (eof-object? line)
    (define parts (string-split line "\t" #:trim? #f))
    (cond
      [(= (length parts) 4)
       (define-values (dir nonce file job) (apply values parts))
       (flush-output)
       (define pid (c-fork))
       (when (zero? pid) (child dir nonce file))
       (answer job "PID" pid)
       (define status (malloc 4 'raw))
       (c-waitpid pid status 0)
       (define code (ptr-ref status _int))
       (free status)
       (if (zero? (bitwise-and code #x7f))
           (answer job "DONE" (bitwise-and (arithmetic-shift code -8) #xff))
           (answer job "SIGNAL" (bitwise-and code #x7f)))]
      [else (answer "BAD")])
    (loop)))
