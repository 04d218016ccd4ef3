(defn unique_sorted [values reverse]
  (let [ordered (sort (distinct values))]
    (vec (if reverse (clojure.core/reverse ordered) ordered))))
