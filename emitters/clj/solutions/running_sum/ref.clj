(defn running_sum [numbers]
  (vec (rest (reductions + 0 numbers))))
