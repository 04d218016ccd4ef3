;; expect-fail: 17 26 27
#lang racket
;; Mutant: always divides by n (ddof only used for validation).
(define (std_dev values_ [ddof 0])
  (define n (length values_))
  (when (<= (- n ddof) 0)
    (raise-argument-error 'std_dev "more values than ddof" values_))
  (define total (for/fold ([t 0]) ([v values_]) (+ t v)))
  (define mean (exact->inexact (/ total n)))
  (define squares (for/fold ([s 0.0]) ([v values_]) (+ s (* (- v mean) (- v mean)))))
  (sqrt (exact->inexact (/ squares n))))
