#lang racket
(define (decode_shift s)
  ;; wrong: shifts forward by 5, as encode_shift does, instead of back
  (define a (char->integer #\a))
  (list->string
   (for/list ([ch (in-string s)])
     (integer->char (+ (modulo (- (+ (char->integer ch) 5) a) 26) a)))))
