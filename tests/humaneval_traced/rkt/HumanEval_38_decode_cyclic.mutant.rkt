#lang racket
(define (decode_cyclic s)
  ;; wrong: cycles each group of three once more the same way, which encodes again instead of decoding
  (define n (string-length s))
  (apply string-append
         (for/list ([i (in-range 0 n 3)])
           (define group (substring s i (min (+ i 3) n)))
           (if (= (string-length group) 3)
               (string-append (substring group 1) (substring group 0 1))
               group))))
