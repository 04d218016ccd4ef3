;; expect-fail: 11 12 13 14
#lang racket
;; Mutant: returns 1 / 0 instead of #t / #f.
(define (is_palindrome text [ignore_case #f])
  (define t (if ignore_case (string-downcase text) text))
  (if (string=? t (list->string (reverse (string->list t)))) 1 0))
