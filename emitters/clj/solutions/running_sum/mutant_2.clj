;; expect-fail: 27 28
;; Mutant: truncates every element to an integer before adding it.
(defn running_sum [numbers]
  (vec (rest (reductions + 0 (map long numbers)))))
