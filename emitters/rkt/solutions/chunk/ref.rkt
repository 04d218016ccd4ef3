#lang racket
(define (chunk items size)
  (when (<= size 0)
    (raise-argument-error 'chunk "positive integer" size))
  (let loop ([xs items] [acc '()])
    (if (null? xs)
        (reverse acc)
        (let ([k (min size (length xs))])
          (loop (drop xs k) (cons (take xs k) acc))))))
