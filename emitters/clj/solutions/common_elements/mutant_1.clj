;; expect-fail: 11
;; Mutant: silently drops negative numbers.
(defn common_elements [a b]
  (set (filter #(and (contains? b %) (not (and (integer? %) (neg? %)))) a)))
