(defn int_pow [base exp]
  (when (neg? exp)
    (throw (IllegalArgumentException. "exp must be non-negative")))
  (reduce *' 1 (repeat exp base)))
