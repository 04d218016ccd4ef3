#lang racket
(define (sort_third l)
  ;; wrong: counts positions from 1, so it sorts indices 2, 5, 8, ... (Python's l[2::3])
  (define (chosen? i) (zero? (modulo (add1 i) 3)))
  (define thirds
    (sort (for/list ([x (in-list l)] [i (in-naturals)] #:when (chosen? i)) x) <))
  (let loop ([xs l] [i 0] [ts thirds] [acc '()])
    (cond [(null? xs) (reverse acc)]
          [(chosen? i) (loop (cdr xs) (add1 i) (cdr ts) (cons (car ts) acc))]
          [else (loop (cdr xs) (add1 i) ts (cons (car xs) acc))])))
