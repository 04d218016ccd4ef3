#lang racket
(define (escape_text text [quote_ "\""])
  (apply string-append
         (for/list ([ch (in-string text)])
           (define s (string ch))
           (cond [(char=? ch #\\) "\\\\"]
                 [(string=? s quote_) (string-append "\\" s)]
                 [(char=? ch #\newline) "\\n"]
                 [(char=? ch #\tab) "\\t"]
                 [(char=? ch #\return) "\\r"]
                 [else s]))))
