#lang racket

(define (has_close_elements numbers threshold)
  (define ordered (sort numbers <))
  (for/or ([a ordered] [b (if (null? ordered) '() (cdr ordered))])
    (< (- b a) threshold)))
