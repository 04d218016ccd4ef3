;; expect-fail: 28 29
;; Mutant: returns 0 instead of nil for a zero divisor.
(defn safe_div [a b strict]
  (if (zero? b)
    (if strict (throw (ArithmeticException. "division by zero")) 0)
    (/ (double a) (double b))))
