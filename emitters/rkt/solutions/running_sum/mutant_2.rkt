;; expect-fail: 27 28
#lang racket
;; Mutant: truncates every element to an integer before adding it.
(define (running_sum numbers)
  (let loop ([xs numbers] [total 0] [acc '()])
    (if (null? xs)
        (reverse acc)
        (let ([t (+ total (inexact->exact (truncate (car xs))))])
          (loop (cdr xs) t (cons t acc))))))
