#lang racket
(define (decode_shift s)
  ;; every letter back by 5 in the alphabet
  (define a (char->integer #\a))
  (list->string
   (for/list ([ch (in-string s)])
     (integer->char (+ (modulo (- (char->integer ch) 5 a) 26) a)))))
