;; expect-fail: 24 25
;; Mutant: ignores reverse.
(defn unique_sorted [values reverse]
  (vec (sort (distinct values))))
