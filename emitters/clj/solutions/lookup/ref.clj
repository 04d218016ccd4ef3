(defn lookup [table key default]
  (if (contains? table key) (get table key) default))
