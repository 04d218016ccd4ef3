;; expect-fail: 5 15
;; Mutant: drops a short last chunk.
(defn chunk [items size]
  (when (<= size 0)
    (throw (IllegalArgumentException. "size must be positive")))
  (mapv vec (partition size items)))
