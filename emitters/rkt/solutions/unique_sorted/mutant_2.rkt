;; expect-fail: 10 13 17 20
#lang racket
;; Mutant: sorts but does not remove duplicates.
(define (unique_sorted values_ [reverse #f])
  (sort values_ (if reverse > <)))
