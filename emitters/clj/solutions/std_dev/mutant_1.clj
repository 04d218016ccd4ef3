;; expect-fail: 17 26 27
;; Mutant: always divides by n (ddof only used for validation).
(defn std_dev [values ddof]
  (let [n (count values)]
    (when (<= (- n ddof) 0)
      (throw (IllegalArgumentException. "more values than ddof needed")))
    (let [mean (/ (double (reduce + values)) n)
          squares (reduce + 0.0 (map #(* (- % mean) (- % mean)) values))]
      (Math/sqrt (/ squares n)))))
