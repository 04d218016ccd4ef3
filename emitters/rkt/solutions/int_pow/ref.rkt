#lang racket
(define (int_pow base exp)
  (when (< exp 0)
    (raise-argument-error 'int_pow "non-negative integer" exp))
  (for/fold ([result 1]) ([_ (in-range exp)])
    (* result base)))
