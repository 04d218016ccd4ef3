#lang racket
(define (safe_div a b [strict #f])
  (cond [(zero? b)
         (if strict
             (raise (make-exn:fail:contract:divide-by-zero
                     "division by zero" (current-continuation-marks)))
             #f)]
        [else (exact->inexact (/ a b))]))
