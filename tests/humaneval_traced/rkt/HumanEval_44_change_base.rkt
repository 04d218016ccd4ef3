#lang racket
(define (change_base x base)
  ;; x stays positive in the loop, so quotient is Python's //
  (let loop ([x x] [ret ""])
    (if (> x 0)
        (loop (quotient x base) (string-append (number->string (modulo x base)) ret))
        ret)))
