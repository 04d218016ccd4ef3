;; expect-fail: 23 24
;; Mutant: a repeated key replaces the earlier list instead of extending it.
(require '[clojure.string :as str])

;; Python's int() on a string: optional surrounding whitespace and sign, decimal digits.
(defn py-int [s]
  (let [t (str/trim s)]
    (when-not (re-matches #"[+-]?[0-9]+(_[0-9]+)*" t)
      (throw (IllegalArgumentException. (str "invalid literal for int(): " s))))
    (Long/parseLong (str/replace t "_" ""))))

(defn parse_key_values [text sep]
  (reduce (fn [result entry]
            (let [at (str/index-of entry "=")]
              (when-not at
                (throw (IllegalArgumentException. (str "no = in " entry))))
              (let [k (str/trim (subs entry 0 at))
                    nums (->> (str/split (subs entry (inc at)) #"," -1)
                              (remove str/blank?)
                              (mapv py-int))]
                (assoc result k nums))))
          {}
          (remove str/blank? (str/split text (re-pattern (java.util.regex.Pattern/quote sep)) -1))))
