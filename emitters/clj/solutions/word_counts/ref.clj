(defn word_counts [text min_length]
  (when (< min_length 1)
    (throw (IllegalArgumentException. "min_length must be positive")))
  (->> (clojure.string/split (clojure.string/lower-case text) #"\s+")
       (filter #(and (not= % "") (>= (count %) min_length)))
       frequencies))
