#lang racket
(define (lookup table key [default #f])
  (if (hash-has-key? table key)
      (hash-ref table key)
      default))
