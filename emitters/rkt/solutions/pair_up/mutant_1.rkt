;; expect-fail: 18 23
#lang racket
;; Mutant: ignores overlap.
(define (pair_up items [overlap #f])
  (define n (length items))
  (for/list ([i (in-range 0 (- n 1) 2)])
    (list (list-ref items i) (list-ref items (+ i 1)))))
