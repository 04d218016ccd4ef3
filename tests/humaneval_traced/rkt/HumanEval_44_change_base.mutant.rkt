#lang racket
(define (change_base x base)
  ;; wrong: appends each digit, so the digits come out least significant first
  (let loop ([x x] [ret ""])
    (if (> x 0)
        (loop (quotient x base) (string-append ret (number->string (modulo x base))))
        ret)))
