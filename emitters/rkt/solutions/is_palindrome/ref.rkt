#lang racket
(define (is_palindrome text [ignore_case #f])
  (define t (if ignore_case (string-downcase text) text))
  (string=? t (list->string (reverse (string->list t)))))
