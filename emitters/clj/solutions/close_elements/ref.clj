(defn has_close_elements [numbers threshold]
  (let [ordered (sort numbers)]
    (boolean (some (fn [[a b]] (< (- b a) threshold)) (map vector ordered (rest ordered))))))
