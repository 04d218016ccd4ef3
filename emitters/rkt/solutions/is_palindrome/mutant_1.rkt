;; expect-fail: 15 17
#lang racket
;; Mutant: compares UTF-8 bytes instead of characters.
(define (is_palindrome text [ignore_case #f])
  (define t (if ignore_case (string-downcase text) text))
  (define data (bytes->list (string->bytes/utf-8 t)))
  (equal? data (reverse data)))
