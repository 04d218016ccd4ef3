#lang racket
(define (repeat s n [sep ""] [end ""])
  (if (<= n 0)
      end
      (string-append (string-join (make-list n s) sep) end)))
