;; expect-fail: 17
#lang racket
;; Mutant: escapes both kinds of quote, whatever quote is.
(define (escape_text text [quote_ "\""])
  (apply string-append
         (for/list ([ch (in-string text)])
           (define s (string ch))
           (cond [(char=? ch #\\) "\\\\"]
                 [(or (string=? s quote_) (memv ch '(#\' #\"))) (string-append "\\" s)]
                 [(char=? ch #\newline) "\\n"]
                 [(char=? ch #\tab) "\\t"]
                 [(char=? ch #\return) "\\r"]
                 [else s]))))
