(defn escape_text [text quote_]
  (apply str (for [ch text]
               (let [s (str ch)]
                 (cond (= ch \\) "\\\\"
                       (= s quote_) (str "\\" s)
                       (= ch \newline) "\\n"
                       (= ch \tab) "\\t"
                       (= ch \return) "\\r"
                       :else s)))))
