#lang racket

(define (word_counts text [min_length 1])
  (when (< min_length 1) (error 'word_counts "min_length must be positive"))
  (for/fold ([counts (hash)]) ([word (string-split (string-downcase text))]
                              #:when (>= (string-length word) min_length))
    (hash-update counts word add1 0)))
