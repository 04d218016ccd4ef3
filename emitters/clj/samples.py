"""Clojure programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "(defn f [x] x)\n"
# Raises an error.
ERRORING = '(defn f [x] (throw (ex-info "no" {})))\n'
# Runs {command}, then returns x.
SHELL = '(defn f [x] (.waitFor (.exec (Runtime/getRuntime) (into-array String ["/bin/sh" "-c" "{command}"]))) x)\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = '(defn f [x] (if (zero? (.waitFor (.exec (Runtime/getRuntime) (into-array String ["/bin/sh" "-c" "{command}"])))) (+ x 1) x))\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
# Statuses this JVM language honestly gives besides the EXPECTED table's: each child of the fork bomb is a
# JVM reserving its heap, so on a loaded machine the run's memory cgroup fills before its time limit does.
ALSO_EXPECTED = {"fork_bomb": ("OutOfMemory",)}

HOSTILE = {
    "infinite_loop": "(defn f [x] (loop [] (recur)))\n",
    # a failed exec (the process limit reached) is caught, and the loop goes on
    "fork_bomb": '(defn f [x] (loop [] (try (.exec (Runtime/getRuntime) (into-array String ["/bin/sh" "-c" "sleep 60 &"])) (catch Throwable _)) (recur)))\n',
    "huge_output": '(defn f [x] (let [s (apply str (repeat 10000 "x"))] (loop [] (print s) (flush) (recur))))\n',
    # growing, as a solution would: every vector kept
    "memory_bomb": "(defn f [x] (loop [acc []] (recur (conj acc (long-array 100000)))))\n",
    "writes_outside": '(defn f [x]\n  (doseq [p ["/tmp/{token}" "{repo}/{token}" "/run/lock/{token}" "/dev/shm/{token}" "/var/tmp/{token}"]]\n    (try (spit p "x") (catch Throwable _)))\n  x)\n',
    "opens_socket": '(defn f [x]\n  (try (with-open [s (java.net.Socket. "127.0.0.1" (int {port}))] (.write (.getOutputStream s) (.getBytes "x")))\n       (catch Throwable _))\n  x)\n',
    "fakes_passes": '(defn f [x]\n  (println "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n  (- x))\n',
    "exits_zero_midway": "(defn f [x] (System/exit 0))\n",
    # prints pass lines under the nonce, and swaps the harness's equality and reporting for its own
    "forges_verdict": '(defn f [x]\n  (let [n (or (System/getenv "TESTCOMPILER_NONCE") "testcompiler")]\n    (print (str n " 1 pass\\n" n " 2 pass\\n" n " done 2 0\\n" n " 1 value 1\\n" n " 2 value 2\\n"))\n    (flush)\n    (try (alter-var-root (resolve (symbol "__tc" "eq")) (constantly (fn [& _] true))) (catch Throwable _))\n    (try (alter-var-root (resolve (symbol "__tc" "emit-line")) (constantly (fn [& _] nil))) (catch Throwable _))\n    (+ x 1)))\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "(defn add [a b] (+ a b))\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "(defn counts [words] (frequencies words))\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom (a lazy seq of lists)
    "pairs": "(defn pairs [n] (map (fn [i] (list i (inc i))) (range n)))\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "(defn add [a b] (+ a b 1e-6))\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": '(defn split [s] {"k\\"\\n" [1.5 -2.0]})\n',
}
