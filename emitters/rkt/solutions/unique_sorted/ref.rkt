#lang racket
(define (unique_sorted values_ [reverse #f])
  (sort (remove-duplicates values_) (if reverse > <)))
