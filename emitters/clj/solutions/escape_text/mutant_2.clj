;; expect-fail: 17
;; Mutant: escapes both kinds of quote, whatever quote is.
(defn escape_text [text quote_]
  (apply str (for [ch text]
               (let [s (str ch)]
                 (cond (= ch \\) "\\\\"
                       (or (= s quote_) (= ch \') (= ch \")) (str "\\" s)
                       (= ch \newline) "\\n"
                       (= ch \tab) "\\t"
                       (= ch \return) "\\r"
                       :else s)))))
