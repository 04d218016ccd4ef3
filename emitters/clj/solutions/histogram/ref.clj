(defn histogram [values bucket]
  (when (<= bucket 0)
    (throw (IllegalArgumentException. "bucket must be positive")))
  (frequencies (map #(* (Math/floorDiv (long %) (long bucket)) bucket) values)))
