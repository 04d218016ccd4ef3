;; expect-fail: 5 15
#lang racket
;; Mutant: drops a short last chunk.
(define (chunk items size)
  (when (<= size 0)
    (raise-argument-error 'chunk "positive integer" size))
  (let loop ([xs items] [acc '()])
    (if (< (length xs) size)
        (reverse acc)
        (loop (drop xs size) (cons (take xs size) acc)))))
