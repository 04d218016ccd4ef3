;; expect-fail: 18 19 20
#lang racket
;; Mutant: ignores depth and always flattens completely.
(define (flatten nested [depth -1])
  (define (walk items d)
    (append* (for/list ([x items])
               (if (and (list? x) #t)
                   (walk x (- d 1))
                   (list x)))))
  (walk nested depth))
