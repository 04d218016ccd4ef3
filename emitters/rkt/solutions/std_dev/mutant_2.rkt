;; expect-fail: 16 17 18 20
#lang racket
;; Mutant: the mean uses floor division.
(define (std_dev values_ [ddof 0])
  (define n (length values_))
  (when (<= (- n ddof) 0)
    (raise-argument-error 'std_dev "more values than ddof" values_))
  (define total (for/fold ([t 0]) ([v values_]) (+ t v)))
  (define mean (floor (/ total n)))
  (define squares (for/fold ([s 0.0]) ([v values_]) (+ s (* (- v mean) (- v mean)))))
  (sqrt (exact->inexact (/ squares (- n ddof)))))
