"""The harness the AppCDS archive is dumped from (jvm.py): the prelude and checks that exercise what
harnesses and solutions commonly load (numbers of each kind, strings, maps, sets, seqs, clojure.string,
clojure.set, an error caught), so that those classes come from the archive."""

from __future__ import annotations

SOLUTION = """(require '[clojure.string :as str] '[clojure.set :as set])
(defn f
  "Exercises the usual classes."
  [x]
  (let [words (str/split (str/lower-case "A b  c") #"\\s+")
        freq (frequencies words)
        s (set/union #{1 2} (into #{} (map inc (range 3))))]
    (cond (= x 0) (throw (IllegalArgumentException. "zero"))
          (= x 1) [x 2.5 (/ 1 3) (bigint 7) (* 1.0 x) "é\\n" nil true \\a]
          (= x 2) {:a 1 "b" [1 2] 3 #{4}}
          (= x 3) (sort-by count (vec (reverse (map str/upper-case words))))
          (= x 4) (reduce + (filter even? (take 10 (iterate inc 0))))
          (= x 5) (apply max (mapv #(Math/sqrt (double %)) [1 4 9]))
          (= x 6) (str/join "," (map (fn [[k v]] (str k v)) (sort freq)))
          :else (into (sorted-map) (zipmap (range 3) (repeat s))))))
"""


def program() -> str:
    from emitters.clj import ClojureEmitter

    checks = "\n".join(
        f"(__tc/observe {i} (fn [] (f {i})))\n"
        f'(__tc/check {i} (fn [] (f {i})) :equals [1 {{"k" #{{2.5}}}}] [1e-09 0.0 false])'
        for i in range(9)
    )
    sorts = "(__tc/observe 9 (fn [] (__tc/sorted (__tc/set (__tc/list (__tc/tuple (f 3)))))))"
    # no finish line: the JVM must end normally for the archive to be written
    return SOLUTION + "\n" + ClojureEmitter().prelude() + "\n" + checks + "\n" + sorts + "\n"
