;; expect-fail: 31 32
#lang racket
;; Mutant: ignores strict and never raises.
(define (safe_div a b [strict #f])
  (cond [(zero? b) #f]
        [else (exact->inexact (/ a b))]))
