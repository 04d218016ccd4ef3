;; expect-fail: 24 25 28
;; Mutant: adds the absolute value of each element.
(defn running_sum [numbers]
  (vec (rest (reductions + 0 (map abs numbers)))))
