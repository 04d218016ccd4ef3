#lang racket
(define (pair_up items [overlap #f])
  (define step (if overlap 1 2))
  (define n (length items))
  (for/list ([i (in-range 0 (- n 1) step)])
    (list (list-ref items i) (list-ref items (+ i 1)))))
