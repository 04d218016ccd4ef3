;; expect-fail: 18 23
;; Mutant: ignores overlap.
(defn pair_up [items overlap]
  (let [items (vec items)]
    (vec (for [i (range 0 (dec (count items)) 2)]
           [(items i) (items (inc i))]))))
