;; expect-fail: 28 29
#lang racket
;; Mutant: returns 0 instead of #f for a zero divisor.
(define (safe_div a b [strict #f])
  (cond [(zero? b)
         (if strict
             (raise (make-exn:fail:contract:divide-by-zero
                     "division by zero" (current-continuation-marks)))
             0)]
        [else (exact->inexact (/ a b))]))
