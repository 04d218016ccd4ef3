;; expect-fail: 11
#lang racket
;; Mutant: silently drops negative numbers.
(define (common_elements a b)
  (for/set ([x (in-set a)]
            #:when (and (set-member? b x)
                        (not (and (exact-integer? x) (< x 0)))))
    x))
