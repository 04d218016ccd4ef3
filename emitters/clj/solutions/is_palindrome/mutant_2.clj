;; expect-fail: 11 12 13 14
;; Mutant: returns 1 / 0 instead of true / false.
(defn is_palindrome [text ignore_case]
  (let [t (if ignore_case (clojure.string/lower-case text) text)
        points (vec (.toArray (.codePoints ^String t)))]
    (if (= points (vec (reverse points))) 1 0)))
