;; expect-fail: 20
;; Mutant: puts the smaller item of each pair first.
(defn pair_up [items overlap]
  (let [items (vec items)]
    (vec (for [i (range 0 (dec (count items)) (if overlap 1 2))]
           (let [a (items i) b (items (inc i))] [(min a b) (max a b)])))))
