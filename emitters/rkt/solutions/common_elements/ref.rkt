#lang racket
(define (common_elements a b)
  (for/set ([x (in-set a)] #:when (set-member? b x)) x))
