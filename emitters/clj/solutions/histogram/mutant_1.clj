;; expect-fail: 22
;; Mutant: truncating division instead of floor division.
(defn histogram [values bucket]
  (when (<= bucket 0)
    (throw (IllegalArgumentException. "bucket must be positive")))
  (frequencies (map #(* (quot % bucket) bucket) values)))
