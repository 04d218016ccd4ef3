;; expect-fail: 13 14
;; Mutant: puts end in front of the repeated text.
(defn repeat [s n sep end]
  (if (<= n 0)
    end
    (str end (clojure.string/join sep (clojure.core/repeat n s)))))
