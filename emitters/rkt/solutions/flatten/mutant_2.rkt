;; expect-fail: 14 16 21 22 23
#lang racket
;; Mutant: a negative depth behaves like 0 instead of "flatten completely".
(define (flatten nested [depth -1])
  (define (walk items d)
    (append* (for/list ([x items])
               (if (and (list? x) (> d 0))
                   (walk x (- d 1))
                   (list x)))))
  (walk nested depth))
