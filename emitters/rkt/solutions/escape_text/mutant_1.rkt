;; expect-fail: 19 31
#lang racket
;; Mutant: forgets to escape backslashes.
(define (escape_text text [quote_ "\""])
  (apply string-append
         (for/list ([ch (in-string text)])
           (define s (string ch))
           (cond [(string=? s quote_) (string-append "\\" s)]
                 [(char=? ch #\newline) "\\n"]
                 [(char=? ch #\tab) "\\t"]
                 [(char=? ch #\return) "\\r"]
                 [else s]))))
