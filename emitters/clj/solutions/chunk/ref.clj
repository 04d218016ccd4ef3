(defn chunk [items size]
  (when (<= size 0)
    (throw (IllegalArgumentException. "size must be positive")))
  (mapv vec (partition-all size items)))
