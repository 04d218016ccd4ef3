(defn pair_up [items overlap]
  (let [items (vec items)]
    (vec (for [i (range 0 (dec (count items)) (if overlap 1 2))]
           [(items i) (items (inc i))]))))
