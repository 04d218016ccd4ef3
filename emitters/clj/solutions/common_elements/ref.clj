(defn common_elements [a b]
  (set (filter #(contains? b %) a)))
