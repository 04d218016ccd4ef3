#lang racket
(define (decode_cyclic s)
  ;; encode_cyclic moves the first character of each full group of three to its end; doing that twice
  ;; more brings every character back where it was
  (define (encode_cyclic t)
    (define n (string-length t))
    (apply string-append
           (for/list ([i (in-range 0 n 3)])
             (define group (substring t i (min (+ i 3) n)))
             (if (= (string-length group) 3)
                 (string-append (substring group 1) (substring group 0 1))
                 group))))
  (encode_cyclic (encode_cyclic s)))
