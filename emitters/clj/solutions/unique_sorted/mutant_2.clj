;; expect-fail: 10 13 17 20
;; Mutant: sorts but does not remove duplicates.
(defn unique_sorted [values reverse]
  (let [ordered (sort values)]
    (vec (if reverse (clojure.core/reverse ordered) ordered))))
