;; expect-fail: 22
#lang racket
;; Mutant: truncating division instead of floor division.
(define (histogram values_ [bucket 1])
  (when (<= bucket 0)
    (raise-argument-error 'histogram "positive integer" bucket))
  (for/fold ([counts (hash)]) ([v values_])
    (define key (* (truncate (/ v bucket)) bucket))
    (hash-update counts key add1 0)))
