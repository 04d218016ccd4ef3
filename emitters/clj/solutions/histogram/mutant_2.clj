;; expect-fail: 32
;; Mutant: only rejects a zero bucket, not a negative one.
(defn histogram [values bucket]
  (when (= bucket 0)
    (throw (IllegalArgumentException. "bucket must be positive")))
  (frequencies (map #(* (Math/floorDiv (long %) (long bucket)) bucket) values)))
