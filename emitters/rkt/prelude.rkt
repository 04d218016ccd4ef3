(define tc-nonce (or (getenv "{{ NONCE_VARIABLE }}") "{{ DEFAULT_NONCE }}"))
(define tc-failures 0)

(define (tc-close a b tol)
  (define rel (first tol))
  (define abs-tol (second tol))
  (define diff (abs (- a b)))
  (define bound (max (* rel (max (abs a) (abs b))) abs-tol))
  (cond [(and (nan? a) (nan? b)) #t]
        [(= a b) #t]
        [(third tol) (< diff bound)]
        [else (<= diff bound)]))

(define (tc-sequence? v) (or (list? v) (vector? v)))
(define (tc-as-list v) (if (vector? v) (vector->list v) v))
(define (tc-as-hash h) (for/hash ([(k v) (in-hash h)]) (values k v)))
(define (tc-as-set s) (list->set (set->list s)))

;; Python's == on the values these stand for: lists and vectors elementwise, hashes by content whatever
;; their mutability, exact integers exactly, other numbers within tol. #t and #f never equal a number.
(define (tc-eq a b tol)
  (cond [(and (real? a) (real? b))
         (if (and (exact-integer? a) (exact-integer? b))
             (= a b)
             (tc-close (exact->inexact a) (exact->inexact b) tol))]
        [(and (tc-sequence? a) (tc-sequence? b))
         (let ([a (tc-as-list a)] [b (tc-as-list b)])
           (and (= (length a) (length b))
                (andmap (lambda (x y) (tc-eq x y tol)) a b)))]
        [(and (hash? a) (hash? b))
         (let ([a (tc-as-hash a)] [b (tc-as-hash b)])
           (and (= (hash-count a) (hash-count b))
                (for/and ([(k v) (in-hash a)])
                  (and (hash-has-key? b k) (tc-eq v (hash-ref b k) tol)))))]
        [(and (set? a) (set? b)) (equal? (tc-as-set a) (tc-as-set b))]
        [(and (set-mutable? a) (set? b)) (tc-eq (tc-as-set a) b tol)]
        [else (equal? a b)]))

(define (tc-truthy v)
  (not (or (eq? v #f) (void? v) (and (number? v) (zero? v)) (equal? v "") (null? v)
           (and (vector? v) (zero? (vector-length v)))
           (and (hash? v) (zero? (hash-count v)))
           (and (generic-set? v) (set-empty? v)))))

(define (tc-lt a b)
  (cond [(and (real? a) (real? b)) (< a b)]
        [(and (string? a) (string? b)) (string<? a b)]
        [else (string<? (format "~s" a) (format "~s" b))]))

;; sorted(x): a sequence's elements in order; a hash's keys, or a set's elements, in order.
(define (tc-sorted v)
  (sort (cond [(hash? v) (hash-keys v)] [(generic-set? v) (set->list v)] [else (tc-as-list v)]) tc-lt))
(define (tc-set v) (if (generic-set? v) (tc-as-set v) (list->set (tc-as-list v))))
(define (tc-list v) (if (generic-set? v) (set->list v) (tc-as-list v)))
(define (tc-tuple v) (tc-list v))

(define (tc-one-line s) (string-replace (string-replace s "\r" "\\r") "\n" "\\n"))

(define (tc-report index status detail)
  (printf "~a ~a ~a~a\n" tc-nonce index status (if (equal? detail "") "" (string-append " " (tc-one-line detail))))
  (flush-output)
  (unless (equal? status "pass") (set! tc-failures (add1 tc-failures))))

(define (tc-holds? relation v expected tol)
  (case relation
    [(equals approx) (tc-eq v expected tol)]
    [(not_equals) (not (tc-eq v expected tol))]
    [(truthy) (tc-truthy v)]
    [(falsy) (not (tc-truthy v))]
    [(is_none) (or (eq? v #f) (void? v))]
    [(is_not_none) (not (or (eq? v #f) (void? v)))]
    [(is_true) (eq? v #t)]
    [(is_false) (eq? v #f)]
    [(raises) #f]))

;; Each check runs under a custodian with a memory limit, so that memory exhaustion is a verdict rather than
;; a crash. (A single impossible allocation still aborts Racket CS outright.)
(define tc-memory-limit (* 512 1024 1024))

(define (tc-run thunk)
  (define custodian (make-custodian))
  (custodian-limit-memory custodian tc-memory-limit custodian)
  (with-handlers ([(lambda (e) (or (exn:fail:out-of-memory? e) (custodian-shut-down? custodian)))
                   (lambda (e) (cons 'oom "out of memory"))]
                  [(lambda (e) #t)
                   (lambda (e) (cons 'raised (if (exn? e) (exn-message e) (format "~s" e))))])
    (cons 'returned (call-in-nested-thread thunk custodian))))

;; The value the call returned, for the executor to judge (the expected value is not in this program).
(define (tc-observe index thunk)
  (define outcome (tc-run thunk))
  (define kind (case (car outcome) [(oom) "oom"] [(raised) "error"] [else "value"]))
  (printf "~a ~a ~a ~a\n" tc-nonce index kind
          (tc-one-line (if (eq? (car outcome) 'returned) (format "~s" (cdr outcome)) (cdr outcome))))
  (flush-output))

(define (tc-finish-observed)
  (printf "~a done\n" tc-nonce)
  (exit 0))

(define (tc-check index thunk relation expected tol)
  (define custodian (make-custodian))
  (custodian-limit-memory custodian tc-memory-limit custodian)
  (define outcome
    (with-handlers ([(lambda (e) (or (exn:fail:out-of-memory? e) (custodian-shut-down? custodian)))
                     (lambda (e) (cons 'oom "out of memory"))]
                    [(lambda (e) #t)
                     (lambda (e) (cons 'raised (if (exn? e) (exn-message e) (format "~s" e))))])
      (cons 'returned (call-in-nested-thread thunk custodian))))
  (cond [(eq? (car outcome) 'oom) (tc-report index "oom" (cdr outcome))]
        [(eq? (car outcome) 'raised)
         (if (eq? relation 'raises) (tc-report index "pass" "") (tc-report index "error" (cdr outcome)))]
        [(tc-holds? relation (cdr outcome) expected tol) (tc-report index "pass" "")]
        [(eq? relation 'raises) (tc-report index "fail" (format "no exception raised; got ~s" (cdr outcome)))]
        [else (tc-report index "fail" (format "got ~s" (cdr outcome)))]))

(define (tc-finish count)
  (printf "~a done ~a ~a\n" tc-nonce (- count tc-failures) tc-failures)
  (exit (if (zero? tc-failures) 0 1)))
