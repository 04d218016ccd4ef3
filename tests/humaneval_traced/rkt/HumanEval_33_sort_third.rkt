#lang racket
(define (sort_third l)
  ;; a copy of l whose indices 0, 3, 6, ... (Python's l[::3]) hold those same values, sorted
  (define thirds
    (sort (for/list ([x (in-list l)] [i (in-naturals)] #:when (zero? (modulo i 3))) x) <))
  (let loop ([xs l] [i 0] [ts thirds] [acc '()])
    (cond [(null? xs) (reverse acc)]
          [(zero? (modulo i 3)) (loop (cdr xs) (add1 i) (cdr ts) (cons (car ts) acc))]
          [else (loop (cdr xs) (add1 i) ts (cons (car xs) acc))])))
