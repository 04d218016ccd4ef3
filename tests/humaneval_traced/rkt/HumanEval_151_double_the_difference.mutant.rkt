#lang racket
(define (double_the_difference lst)
  ;; wrong: ignores zero instead of the negative numbers, so negative odd integers count too
  (for/sum ([i (in-list lst)] #:when (and (exact-integer? i) (not (zero? i)) (odd? i)))
    (* i i)))
