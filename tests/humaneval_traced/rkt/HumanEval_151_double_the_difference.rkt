#lang racket
(define (double_the_difference lst)
  ;; Python's "." not in str(i) keeps ints only: in Racket, exact integers (3, not 3.0 nor 0.2)
  (for/sum ([i (in-list lst)] #:when (and (exact-integer? i) (> i 0) (odd? i)))
    (* i i)))
