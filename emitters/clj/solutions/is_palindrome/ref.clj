(defn is_palindrome [text ignore_case]
  (let [t (if ignore_case (clojure.string/lower-case text) text)
        points (vec (.toArray (.codePoints ^String t)))]
    (= points (vec (reverse points)))))
