;; expect-fail: 24 25 28
#lang racket
;; Mutant: adds the absolute value of each element.
(define (running_sum numbers)
  (let loop ([xs numbers] [total 0] [acc '()])
    (if (null? xs)
        (reverse acc)
        (let ([t (+ total (abs (car xs)))])
          (loop (cdr xs) t (cons t acc))))))
