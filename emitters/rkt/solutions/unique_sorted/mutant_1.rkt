;; expect-fail: 24 25
#lang racket
;; Mutant: ignores reverse.
(define (unique_sorted values_ [reverse #f])
  (sort (remove-duplicates values_) <))
