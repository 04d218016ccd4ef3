;; expect-fail: 14 15
#lang racket
;; Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
(define (int_pow base exp)
  (when (< exp 0)
    (raise-argument-error 'int_pow "non-negative integer" exp))
  (for/fold ([result base]) ([_ (in-range (- exp 1))])
    (* result base)))
