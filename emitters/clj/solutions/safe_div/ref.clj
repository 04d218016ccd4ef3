(defn safe_div [a b strict]
  (if (zero? b)
    (when strict (throw (ArithmeticException. "division by zero")))
    (/ (double a) (double b))))
