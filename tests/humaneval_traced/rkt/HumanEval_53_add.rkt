#lang racket
(define (add x y)
  (+ x y))
