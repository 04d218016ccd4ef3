#lang racket/base
;; In-process runner for Racket (bench/executor.py's in-process limit): every program module of a list in
;; this one process, one after another, each in a fresh namespace sharing this one's instance of `racket` (as
;; the warm worker's forks do), its exit turned into an escape, its errors caught, its output to nowhere.
;; Before the loop it runs the first program once, untimed: the first `#lang racket` expansion forces what
;; Racket loads lazily (about 90 ms), which the warm worker pays at start-up too. Protocol: see emitters/py/inprocess.py.
(require racket/port racket/string)
(define-namespace-anchor anchor)
(define shared (namespace-anchor->empty-namespace anchor))
(dynamic-require 'racket #f)
(define stderr (current-error-port))

;; With a prelude file (the second argument), as the warm worker does for a program it may: the prelude
;; declared once as a module, and each program compiled with a require of it in the prelude's place.
(define arguments (current-command-line-arguments))
(define prelude-text
  (and (> (vector-length arguments) 1) (call-with-input-file (vector-ref arguments 1) port->string)))
(define prelude-namespace (make-base-namespace))
(when prelude-text
  (parameterize ([current-namespace prelude-namespace])
    (namespace-attach-module shared 'racket prelude-namespace)
    (eval (read (open-input-string
                 (format "(module tc-bench-prelude racket (provide (all-defined-out))\n~a\n)" prelude-text))))))

(define (read-module text path)
  (define in (open-input-string text))
  (port-count-lines! in)
  (define stx (parameterize ([read-accept-reader #t] [read-accept-lang #t]) (read-syntax path in)))
  (syntax-case stx ()
    [(_ . rest) (datum->syntax stx (cons (namespace-module-identifier) #'rest) stx stx)]))

(define (load-program path)
  (define text (call-with-input-file path port->string))
  (define parts (and prelude-text (string-split text prelude-text #:trim? #f)))
  (cond
    [(and parts (= (length parts) 2))
     (namespace-attach-module-declaration prelude-namespace ''tc-bench-prelude)
     (parameterize ([current-module-declare-name (make-resolved-module-path path)])
       (eval (read-module (string-append (car parts) "(require 'tc-bench-prelude)" (cadr parts)) path)))
     (dynamic-require path #f)]
    [else (dynamic-require path #f)]))

(define (run path)
  (let/ec done
    (parameterize ([current-namespace (make-base-empty-namespace)]
                   [current-output-port (open-output-nowhere)]
                   [current-error-port (open-output-nowhere)]
                   [exit-handler (lambda (c) (done (if (byte? c) c 0)))])
      (namespace-attach-module shared 'racket (current-namespace))
      (with-handlers ([(lambda (e) #t) (lambda (e) 1)])
        (load-program path)
        0))))

(define paths
  (for/list ([line (in-lines (open-input-file (vector-ref arguments 0)))]
             #:unless (string=? line ""))
    (string->path line)))
(unless (null? paths) (run (car paths)))
(fprintf stderr "\nTCR ready\n")
(flush-output stderr)
(void (read-line))
(define codes (map run paths))
(fprintf stderr "\nTCR done ~a\n" (string-join (map number->string codes) " "))
(flush-output stderr)
