;; The harness's own namespace; the checks run in the solution's, to which loading this returns.
(clojure.core/in-ns '__tc)
(clojure.core/refer-clojure :exclude '[list set])

(def nonce (or (System/getenv "{{ NONCE_VARIABLE }}") "{{ DEFAULT_NONCE }}"))
(def failures (java.util.concurrent.atomic.AtomicLong.))
;; The JVM ignores SIGXFSZ, and a PrintStream swallows the error of a write past the output cap: here a
;; failed write ends the program, as the signal would end another.
(defn guarded ^java.io.OutputStream [^java.io.OutputStream out]
  (proxy [java.io.OutputStream] []
    (write
      ([b] (try (if (bytes? b) (.write out ^bytes b) (.write out (int b)))
                (catch java.io.IOException _ (.halt (Runtime/getRuntime) 1))))
      ([b off len] (try (.write out ^bytes b (int off) (int len))
                        (catch java.io.IOException _ (.halt (Runtime/getRuntime) 1)))))
    (flush [] (try (.flush out) (catch java.io.IOException _ (.halt (Runtime/getRuntime) 1))))))

(System/setOut (java.io.PrintStream. (guarded (java.io.FileOutputStream. java.io.FileDescriptor/out)) true "UTF-8"))
(System/setErr (java.io.PrintStream. (guarded (java.io.FileOutputStream. java.io.FileDescriptor/err)) true "UTF-8"))
(alter-var-root #'*out* (constantly (java.io.OutputStreamWriter. System/out "UTF-8")))
(alter-var-root #'*err* (constantly (java.io.PrintWriter. (java.io.OutputStreamWriter. System/err "UTF-8") true)))

;; Result lines go to the process's stdout itself: a solution's System/setOut or *out* cannot catch them.
(def ^java.io.OutputStream stdout (guarded (java.io.FileOutputStream. java.io.FileDescriptor/out)))

(defn emit-line [^String line]
  ;; a fresh line first: a solution's output without a newline cannot swallow it
  (.write stdout (.getBytes (str "\n" line "\n") "UTF-8"))
  (.flush stdout))

;; Python's str.splitlines() breaks at these: written as \uXXXX, a result line stays one line.
(defn breaks-line? [c]
  (let [c (int c)] (or (< c 32) (= c 127) (<= 0x80 c 0x9f) (= c 0x2028) (= c 0x2029))))

(defn one-line [^String s]
  (let [sb (StringBuilder.)]
    (doseq [c s]
      (cond (= c \newline) (.append sb "\\n")
            (= c \return) (.append sb "\\r")
            (breaks-line? c) (.append sb (format "\\u%04x" (int c)))
            :else (.append sb c)))
    (str sb)))

;; --- values as Clojure writes them (pr-str), one line, strings escaped as the reader reads them --------

(defn show-string [^String s]
  (let [sb (StringBuilder. "\"") n (.length s)]
    (loop [i 0]
      (when (< i n)
        (let [c (.charAt s i)
              pair? (and (Character/isHighSurrogate c) (< (inc i) n) (Character/isLowSurrogate (.charAt s (inc i))))]
          (cond (= c \") (.append sb "\\\"")
                (= c \\) (.append sb "\\\\")
                (= c \newline) (.append sb "\\n")
                (= c \tab) (.append sb "\\t")
                (= c \return) (.append sb "\\r")
                (= c \formfeed) (.append sb "\\f")
                (= c \backspace) (.append sb "\\b")
                (breaks-line? c) (.append sb (format "\\u%04x" (int c)))
                ;; a surrogate pair stays a character (UTF-8 on the way out); a lone one is escaped
                pair? (.append (.append sb c) (.charAt s (inc i)))
                (Character/isSurrogate c) (.append sb (format "\\u%04x" (int c)))
                :else (.append sb c))
          (recur (if pair? (+ i 2) (inc i))))))
    (str (.append sb "\""))))

(defn integral? [x]
  (or (instance? Long x) (instance? Integer x) (instance? Short x) (instance? Byte x)
      (instance? clojure.lang.BigInt x) (instance? java.math.BigInteger x)))

(defn array? [x] (and (some? x) (.isArray (class x))))
(defn map-like? [x] (instance? java.util.Map x))
(defn set-like? [x] (instance? java.util.Set x))
(defn seq-like? [x] (or (sequential? x) (instance? java.util.List x) (array? x)))
(defn items [x] (if (array? x) (seq x) x))

(defn show [x]
  (cond (nil? x) "nil"
        (instance? Boolean x) (if (.booleanValue ^Boolean x) "true" "false")
        (or (instance? clojure.lang.BigInt x) (instance? java.math.BigInteger x)) (str x "N")
        (integral? x) (str x)
        (or (instance? Double x) (instance? Float x))
        (let [d (double x)]
          (cond (Double/isNaN d) "##NaN"
                (Double/isInfinite d) (if (pos? d) "##Inf" "##-Inf")
                :else (str d)))
        (ratio? x) (str x)
        (decimal? x) (str x "M")
        (string? x) (show-string x)
        (map-like? x) (str "{" (apply str (interpose ", " (map (fn [e] (str (show (key e)) " " (show (val e)))) x))) "}")
        (set-like? x) (str "#{" (apply str (interpose " " (map show x))) "}")
        (seq-like? x) (str "[" (apply str (interpose " " (map show (items x)))) "]")
        (or (char? x) (keyword? x) (symbol? x)) (one-line (pr-str x))
        :else (one-line (str "#object[" (.getName (class x)) "]"))))

;; --- Python's == on the values these stand for ---------------------------------------------------------

;; The one float policy: within tol = [rel abs strict], NaN equal to NaN, inf only to itself.
(defn close? [^double a ^double b tol]
  (let [[rel abs strict] tol]
    (cond (and (Double/isNaN a) (Double/isNaN b)) true
          (== a b) true
          (or (Double/isNaN a) (Double/isNaN b) (Double/isInfinite a) (Double/isInfinite b)) false
          :else (let [diff (Math/abs (- a b))
                      bound (max (* (double rel) (max (Math/abs a) (Math/abs b))) (double abs))]
                  (if strict (< diff bound) (<= diff bound))))))

(def exact [0.0 0.0 false])

(declare eq)

(defn entry-of [m k]
  (if (contains? m k)
    [k (get m k)]
    (some (fn [e] (when (eq k (key e) exact) [(key e) (val e)])) m)))

;; Lists, vectors, seqs and arrays elementwise; maps by content whatever their order or kind; sets by
;; content; integers exactly, other numbers within tol; true and false are not numbers.
(defn eq [a b tol]
  (cond (and (number? a) (number? b))
        (if (and (integral? a) (integral? b)) (== a b) (close? (double a) (double b) tol))
        (or (nil? a) (nil? b)) (and (nil? a) (nil? b))
        (and (map-like? a) (map-like? b))
        (and (= (count a) (count b))
             (every? (fn [e] (let [found (entry-of b (key e))] (and found (eq (val e) (second found) tol)))) a))
        (and (set-like? a) (set-like? b))
        (and (every? (fn [x] (some #(eq x % tol) b)) a) (every? (fn [y] (some #(eq % y tol) a)) b))
        (and (seq-like? a) (seq-like? b))
        (loop [xs (seq (items a)) ys (seq (items b))]
          (cond (and (nil? xs) (nil? ys)) true
                (or (nil? xs) (nil? ys)) false
                (eq (first xs) (first ys) tol) (recur (next xs) (next ys))
                :else false))
        (or (map-like? a) (set-like? a) (seq-like? a) (map-like? b) (set-like? b) (seq-like? b)) false
        :else (= a b)))

(defn truthy [v]
  (cond (nil? v) false
        (instance? Boolean v) (.booleanValue ^Boolean v)
        (number? v) (not (zero? v))
        (string? v) (not= "" v)
        (or (map-like? v) (set-like? v) (seq-like? v)) (boolean (seq (items v)))
        :else true))

;; --- Python's conversions: list(x), tuple(x), set(x), sorted(x) ------------------------------------------

(defn elements [x]
  (cond (nil? x) (throw (IllegalArgumentException. "nil is not iterable"))
        (map-like? x) (map key x)
        (string? x) (map str x)
        :else (seq (items x))))

(defn py-compare [a b]
  (cond (and (number? a) (number? b)) (compare a b)
        (and (string? a) (string? b)) (compare a b)
        (and (instance? Boolean a) (instance? Boolean b)) (compare a b)
        (and (seq-like? a) (seq-like? b))
        (loop [xs (seq (items a)) ys (seq (items b))]
          (cond (and (nil? xs) (nil? ys)) 0
                (nil? xs) -1
                (nil? ys) 1
                :else (let [c (py-compare (first xs) (first ys))] (if (zero? c) (recur (next xs) (next ys)) c))))
        :else (compare (show a) (show b))))

(defn list [x] (vec (elements x)))
(defn tuple [x] (vec (elements x)))
(defn set [x] (clojure.core/set (elements x)))
(defn sorted [x] (vec (sort py-compare (elements x))))

;; --- the checks -------------------------------------------------------------------------------------

;; [:value v shown], [:error message] or [:oom message]: a lazy result is realised (by showing it) in here.
(defn run [thunk]
  (try (let [v (thunk)] [:value v (show v)])
       (catch OutOfMemoryError _ [:oom "java.lang.OutOfMemoryError"])
       (catch Throwable e [:error (str (.getName (class e)) ": " (.getMessage e))])))

(defn report [index status detail]
  (emit-line (str nonce " " index " " status (when (seq detail) (str " " (one-line detail)))))
  (when (not= status "pass") (.incrementAndGet ^java.util.concurrent.atomic.AtomicLong failures)))

(defn holds? [relation v expected tol]
  (case relation
    (:equals :approx) (eq v expected tol)
    :not_equals (not (eq v expected tol))
    :truthy (truthy v)
    :falsy (not (truthy v))
    :is_none (nil? v)
    :is_not_none (some? v)
    :is_true (true? v)
    :is_false (false? v)
    :raises false))

(defn check [index thunk relation expected tol]
  (let [[kind v shown] (run thunk)]
    (cond (= kind :oom) (report index "oom" v)
          (= kind :error) (if (= relation :raises) (report index "pass" "") (report index "error" v))
          (holds? relation v expected tol) (report index "pass" "")
          (= relation :raises) (report index "fail" (str "no exception raised; got " shown))
          :else (report index "fail" (str "got " shown)))))

;; The value the call returned, for the executor to judge (the expected value is not in this program).
(defn observe [index thunk]
  (let [[kind v shown] (run thunk)]
    (emit-line (str nonce " " index " " (name kind) " " (one-line (if (= kind :value) shown v))))))

(defn finish-observed []
  (emit-line (str nonce " done"))
  (.halt (Runtime/getRuntime) 0))

(defn finish [n]
  (let [failed (.get ^java.util.concurrent.atomic.AtomicLong failures)]
    (emit-line (str nonce " done " (- n failed) " " failed))
    (.halt (Runtime/getRuntime) (if (zero? failed) 0 1))))

