;; expect-fail: 15 17
;; Mutant: compares UTF-8 bytes instead of characters.
(defn is_palindrome [text ignore_case]
  (let [t (if ignore_case (clojure.string/lower-case text) text)
        data (vec (.getBytes ^String t "UTF-8"))]
    (= data (vec (reverse data)))))
