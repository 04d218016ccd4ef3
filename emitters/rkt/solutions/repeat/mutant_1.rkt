;; expect-fail: 13 14
#lang racket
;; Mutant: puts end in front of the repeated text.
(define (repeat s n [sep ""] [end ""])
  (if (<= n 0)
      end
      (string-append end (string-join (make-list n s) sep))))
