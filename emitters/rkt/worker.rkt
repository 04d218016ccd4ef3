#lang racket/base
;; testcompiler warm worker for Racket. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program module
;; in a forked copy of this process (the racket library already instantiated, so it is not loaded again), in
;; a fresh namespace, with its stdout and stderr on <dir>/.stdout and .stderr, as `racket <file>` runs it
;; (configure-runtime submodule, module, main submodule); answers "<token> <job> PID <pid>", then "<token>
;; <job> DONE <exit code>" or "<token> <job> SIGNAL <n>", each on a line of its own. Where it changes nothing
;; the program does, the harness's prelude in it is compiled once here, not once per program (below).
(require racket/string racket/port ffi/unsafe)
(define-namespace-anchor anchor)
(define shared (namespace-anchor->empty-namespace anchor))
(dynamic-require 'racket #f)
(define token (or (getenv "TESTCOMPILER_WORKER_TOKEN") ""))

(define c-fork (get-ffi-obj "fork" #f (_fun #:save-errno 'posix -> _int)))
(define c-open (get-ffi-obj "open" #f (_fun _path _int _int -> _int)))
(define c-dup2 (get-ffi-obj "dup2" #f (_fun _int _int -> _int)))
(define c-close (get-ffi-obj "close" #f (_fun _int -> _int)))
(define c-exit (get-ffi-obj "_exit" #f (_fun _int -> _void)))
(define c-waitpid (get-ffi-obj "waitpid" #f (_fun _int _pointer _int -> _int)))
(define O_WRONLY+CREAT+TRUNC (bitwise-ior 1 #o100 #o1000))

(define (redirect path fd flags)
  (define target (c-open path flags #o644))
  (unless (negative? target)
    (c-dup2 target fd)
    (c-close target)))

;; The harness's prelude, from the host (TESTCOMPILER_WORKER_PRELUDE): declared once here as a module of a
;; name no program can know, which a forked program requires in its place instead of expanding it again
;; (most of a program's expansion). Every symbol the prelude's text holds: a program that defines one of them
;; could change what the inline prelude does (or clash with it), and runs with the prelude inline instead.
(define prelude-file (getenv "TESTCOMPILER_WORKER_PRELUDE"))
(define prelude-text (and prelude-file (call-with-input-file prelude-file port->string)))
(define prelude-name (string->symbol (format "testcompiler-prelude-~a" token)))
(define prelude-symbols
  (let ([found (make-hasheq)] [in (open-input-string (or prelude-text ""))])
    (let walk ([x (read in)])
      (cond [(eof-object? x) found]
            [else (let mark ([x x])
                    (cond [(symbol? x) (hash-set! found x #t)]
                          [(pair? x) (mark (car x)) (mark (cdr x))]
                          [(vector? x) (for ([y x]) (mark y))]))
                  (walk (read in))]))))
(define prelude-namespace (make-base-namespace))

;; The program with its prelude replaced by a require of the declared one, or #f where that could change
;; what it does: not exactly one copy of the prelude, another language than the harness's, or a solution
;; (the text before the prelude) that names the harness's own definitions, sets the environment the prelude
;; reads when it starts, or runs code while it expands (a macro: expanding twice would run it twice).
(define (with-prelude-required text)
  (define at (and prelude-text (find text prelude-text 0)))
  (define solution (and at (substring text 0 at)))
  (and at
       (not (find text prelude-text (add1 at)))
       (regexp-match? lang-line solution)
       (not (for/or ([word '("tc-" "putenv" "environment-variables" "syntax" "testcompiler-prelude")])
              (string-contains? solution word)))
       (string-append solution (format "(require '~a)" prelude-name)
                      (substring text (+ at (string-length prelude-text))))))

;; The language line, after nothing but comment lines and blank ones.
(define lang-line #rx"^(?:[ \t]*(?:;[^\n]*)?\n)*#lang racket\n")

(define (find text part start)
  (let ([n (string-length part)] [last (- (string-length text) (string-length part))])
    (for/first ([i (in-range start (add1 last))]
                #:when (and (char=? (string-ref text i) (string-ref part 0))
                            (string=? (substring text i (+ i n)) part)))
      i)))

(define (read-module text path)
  (define in (open-input-string text))
  (port-count-lines! in)
  (define stx (parameterize ([read-accept-reader #t] [read-accept-lang #t]) (read-syntax path in)))
  ;; as the default load handler does: `module` itself means the kernel's, whatever the namespace holds
  (syntax-case stx ()
    [(_ . rest) (datum->syntax stx (cons (namespace-module-identifier) #'rest) stx stx)]))

;; The names the solution (read, not expanded) defines at its top, or #f where they cannot be told from its
;; text: a `require` (it could import over a name the prelude uses), or a form that may define and is not
;; one of the usual definitions. No solution here defines a macro of its own (with-prelude-required).
(define (defined-names solution)
  (define in (open-input-string solution))
  (define (head x) (and (pair? x) (symbol? (car x)) (car x)))
  (define (defined-by x)
    (define name (and (pair? x) (pair? (cdr x)) (cadr x)))
    (case (head x)
      [(define define/contract)
       (let loop ([target name]) (cond [(symbol? target) (list target)]
                                       [(pair? target) (loop (car target))]
                                       [else #f]))]
      [(define-values) (and (list? name) (andmap symbol? name) name)]
      [(struct define-struct)
       (let* ([type (if (pair? name) (car name) name)]
              [fields (and (symbol? type) (pair? (cddr x))
                           (let ([f (if (symbol? (caddr x)) (and (pair? (cdddr x)) (cadddr x)) (caddr x))])
                             (and (list? f) (map (lambda (f) (if (pair? f) (car f) f)) f))))])
         (and fields (andmap symbol? fields)
              (let ([t (symbol->string type)])
                (append (list type (string->symbol (string-append t "?"))
                              (string->symbol (string-append "struct:" t))
                              (string->symbol (string-append "make-" t)))
                        (for/list ([f fields]) (string->symbol (format "~a-~a" t f)))
                        (for/list ([f fields]) (string->symbol (format "set-~a-~a!" t f)))))))]
      [(begin) (let ([names (map defined-by (cdr x))]) (and (andmap values names) (apply append names)))]
      [(require) #f]
      [(provide module module* module+) '()]
      [else (let ([h (head x)])
              (if (and h (regexp-match? #rx"^(define|match-define)" (symbol->string h))) #f '()))]))
  (with-handlers ([(lambda (e) #t) (lambda (e) #f)])
    (regexp-match lang-line in)
    (let loop ([names '()])
      (define x (read in))
      (if (eof-object? x)
          names
          (let ([more (defined-by x)]) (and more (loop (append more names))))))))

(define (prelude-safe? solution)
  (define names (defined-names solution))
  (and names (not (for/or ([name names]) (hash-ref prelude-symbols name #f)))))

;; Declare the program's module as `racket FILE` would (the file's path its name), from the text given.
(define (declare path stx)
  (parameterize ([current-module-declare-name (make-resolved-module-path path)])
    (eval stx)))

;; In the fork: never returns.
(define (child dir nonce file)
  (putenv "TESTCOMPILER_NONCE" nonce)
  (putenv "TESTCOMPILER_WORKER_TOKEN" "")
  (redirect (build-path dir ".stdout") 1 O_WRONLY+CREAT+TRUNC)
  (redirect (build-path dir ".stderr") 2 O_WRONLY+CREAT+TRUNC)
  (redirect "/dev/null" 0 0)
  (define (finish code)
    (plumber-flush-all (current-plumber))
    (flush-output (current-output-port))
    (flush-output (current-error-port))
    (c-exit code))
  (define path (simplify-path (path->complete-path (build-path dir file))))
  (parameterize ([current-namespace (make-base-empty-namespace)]
                 [current-directory dir]
                 [current-load-relative-directory dir]
                 [exit-handler (lambda (c) (finish (if (byte? c) c 0)))])
    (namespace-attach-module shared 'racket (current-namespace))
    (with-handlers ([(lambda (e) #t)
                     (lambda (e)
                       ((error-display-handler) (if (exn? e) (exn-message e) (format "uncaught: ~s" e)) e)
                       (finish 1))])
      (define text (call-with-input-file path port->string))
      (define fast (with-prelude-required text))
      (define declared
        (and fast
             (prelude-safe? (substring fast 0 (find fast (format "(require '~a)" prelude-name) 0)))
             (with-handlers ([exn:fail? (lambda (e) #f)])  ; its error comes again from the inline prelude
               (namespace-attach-module-declaration prelude-namespace `(quote ,prelude-name))
               (declare path (read-module fast path))
               #t)))
      (unless declared
        (declare path (read-module text path)))
      ;; as `racket FILE` runs it: its configure-runtime submodule first, its main submodule last
      (define (submodule name) `(submod ,path ,name))
      (when (module-declared? (submodule 'configure-runtime))
        (dynamic-require (submodule 'configure-runtime) #f))
      (dynamic-require path #f)
      (when (module-declared? (submodule 'main))
        (dynamic-require (submodule 'main) #f)))
    (finish 0)))

(define (answer . words)
  (printf "\n~a ~a\n" token (string-join (map (lambda (w) (format "~a" w)) words) " "))
  (flush-output))

;; Warm up before the first fork: a first `#lang racket` file forces what Racket loads lazily (the `#lang`
;; reader, its syntax literals, the expander's caches), which every forked program would otherwise redo for
;; itself (about 90 ms of a forked program's 160 ms, measured here). The file is the harness's prelude, from
;; the host, run once in a namespace of its own that nothing else sees; whatever goes wrong with it only
;; leaves the worker cold.
(let ([prelude (getenv "TESTCOMPILER_WORKER_PRELUDE")])
  (when prelude
    (define warm-up (build-path (current-directory) "warm-up.rkt"))
    (with-handlers ([(lambda (e) #t) void])
      (call-with-output-file warm-up #:exists 'truncate
        (lambda (out) (write-string (string-append "#lang racket\n" (call-with-input-file prelude port->string)) out)))
      (parameterize ([current-namespace (make-base-empty-namespace)]
                     [current-output-port (open-output-nowhere)])
        (namespace-attach-module shared 'racket (current-namespace))
        (dynamic-require warm-up #f)))
    (with-handlers ([(lambda (e) #t) void]) (delete-file warm-up))))

(when prelude-text
  (with-handlers ([(lambda (e) #t) (lambda (e) (set! prelude-text #f))])  ; no prelude: every program inline
    (parameterize ([current-namespace prelude-namespace])
      (namespace-attach-module shared 'racket prelude-namespace)
      (eval (read (open-input-string
                   (format "(module ~a racket (provide (all-defined-out))\n~a\n)" prelude-name prelude-text)))))))

(answer "READY")
(let loop ()
  (define line (read-line))
  (unless (eof-object? line)
    (define parts (string-split line "\t" #:trim? #f))
    (cond
      [(= (length parts) 4)
       (define-values (dir nonce file job) (apply values parts))
       (flush-output)
       (define pid (c-fork))
       (when (zero? pid) (child dir nonce file))
       (answer job "PID" pid)
       (define status (malloc 4 'raw))
       (c-waitpid pid status 0)
       (define code (ptr-ref status _int))
       (free status)
       (if (zero? (bitwise-and code #x7f))
           (answer job "DONE" (bitwise-and (arithmetic-shift code -8) #xff))
           (answer job "SIGNAL" (bitwise-and code #x7f)))]
      [else (answer "BAD")])
    (loop)))
