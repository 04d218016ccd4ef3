;; expect-fail: 19 31
;; Mutant: forgets to escape backslashes.
(defn escape_text [text quote_]
  (apply str (for [ch text]
               (let [s (str ch)]
                 (cond (= s quote_) (str "\\" s)
                       (= ch \newline) "\\n"
                       (= ch \tab) "\\t"
                       (= ch \return) "\\r"
                       :else s)))))
