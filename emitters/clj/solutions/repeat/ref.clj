(defn repeat [s n sep end]
  (if (<= n 0)
    end
    (str (clojure.string/join sep (clojure.core/repeat n s)) end)))
