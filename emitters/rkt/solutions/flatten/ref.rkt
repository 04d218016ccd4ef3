#lang racket
(define (flatten nested [depth -1])
  (define (walk items d)
    (append* (for/list ([x items])
               (if (and (list? x) (not (= d 0)))
                   (walk x (- d 1))
                   (list x)))))
  (walk nested depth))
