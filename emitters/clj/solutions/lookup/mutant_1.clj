;; expect-fail: 17 18
;; Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
(defn lookup [table key default]
  (let [v (get table key)]
    (if (and v (not= v "")) v default)))
