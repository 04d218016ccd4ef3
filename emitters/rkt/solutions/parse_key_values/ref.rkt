#lang racket
;; Python's int() on a string: optional surrounding whitespace and sign, decimal digits.
(define (py-int s)
  (define t (string-trim s))
  (unless (regexp-match? #px"^[+-]?[0-9]+(_[0-9]+)*$" t)
    (raise-argument-error 'int "an integer literal" s))
  (string->number (string-replace t "_" "") 10))

(define (parse_key_values text [sep ";"])
  (for/fold ([result (hash)]) ([entry (string-split text sep #:trim? #f)]
                               #:unless (string=? (string-trim entry) ""))
    (define m (regexp-match-positions #rx"=" entry))
    (unless m
      (raise-argument-error 'parse_key_values "entries of the form key=values" entry))
    (define key (string-trim (substring entry 0 (caar m))))
    (define rest (substring entry (cdar m)))
    (define nums (for/list ([item (string-split rest "," #:trim? #f)]
                            #:unless (string=? (string-trim item) ""))
                   (py-int item)))
    (hash-set result key (append (hash-ref result key '()) nums))))
