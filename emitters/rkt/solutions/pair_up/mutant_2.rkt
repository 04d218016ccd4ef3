;; expect-fail: 20
#lang racket
;; Mutant: puts the smaller item of each pair first.
(define (pair_up items [overlap #f])
  (define step (if overlap 1 2))
  (define n (length items))
  (for/list ([i (in-range 0 (- n 1) step)])
    (define a (list-ref items i))
    (define b (list-ref items (+ i 1)))
    (list (min a b) (max a b))))
