#lang racket/base
;; testcompiler warm worker for Racket. Reads "<dir>\t<nonce>\t<file>" lines; runs each program module in a
;; fresh namespace (the already-instantiated racket library attached, so it is not loaded again), with its
;; output in <dir>/.stdout and .stderr and exit calls caught, and answers "<token> DONE <exit code>".
(require racket/string)
(define-namespace-anchor anchor)
(define shared (namespace-anchor->empty-namespace anchor))
(dynamic-require 'racket #f)
(define token (or (getenv "TESTCOMPILER_WORKER_TOKEN") ""))

(define (run-job dir nonce file)
  (putenv "TESTCOMPILER_NONCE" nonce)
  (define out (open-output-file (build-path dir ".stdout") #:exists 'truncate))
  (define err (open-output-file (build-path dir ".stderr") #:exists 'truncate))
  (define code (box 0))
  ;; The program runs in a thread of its own custodian: `exit`, from whatever thread, records its code and
  ;; shuts the whole program down, as a process would end.
  (define job (make-custodian))
  (define (finish c)
    (set-box! code (if (byte? c) c 0))
    (custodian-shutdown-all job))
  (define runner
    (parameterize ([current-custodian job]
                   [current-namespace (make-base-empty-namespace)]
                   [current-directory dir]
                   [current-output-port out]
                   [current-error-port err]
                   [exit-handler finish])
      (namespace-attach-module shared 'racket (current-namespace))
      (thread
       (lambda ()
         (with-handlers ([(lambda (e) #t)
                          (lambda (e)
                            ((error-display-handler) (if (exn? e) (exn-message e) (format "uncaught: ~s" e)) e)
                            (set-box! code 1))])
           (dynamic-require (build-path dir file) #f))))))
  (thread-wait runner)
  (custodian-shutdown-all job)
  (close-output-port out)
  (close-output-port err)
  (unbox code))

(printf "~a READY\n" token)
(flush-output)
(let loop ()
  (define line (read-line))
  (unless (eof-object? line)
    (define parts (string-split line "\t" #:trim? #f))
    (printf "~a DONE ~a\n" token (apply run-job parts))
    (flush-output)
    (loop)))
