;; expect-fail: 17 18
#lang racket
;; Mutant: `table.get(key) or default` also replaces an empty-string value.
(define (lookup table key [default #f])
  (define v (hash-ref table key #f))
  (if (and v (not (equal? v ""))) v default))
