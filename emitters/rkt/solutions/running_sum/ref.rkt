#lang racket
(define (running_sum numbers)
  (let loop ([xs numbers] [total 0] [acc '()])
    (if (null? xs)
        (reverse acc)
        (let ([t (+ total (car xs))])
          (loop (cdr xs) t (cons t acc))))))
