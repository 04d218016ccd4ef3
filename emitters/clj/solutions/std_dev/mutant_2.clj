;; expect-fail: 16 17 18 20
;; Mutant: the mean uses floor division.
(defn std_dev [values ddof]
  (let [n (count values)]
    (when (<= (- n ddof) 0)
      (throw (IllegalArgumentException. "more values than ddof needed")))
    (let [mean (Math/floor (/ (double (reduce + values)) n))
          squares (reduce + 0.0 (map #(* (- % mean) (- % mean)) values))]
      (Math/sqrt (/ squares (- n ddof))))))
