;; expect-fail: 31 32
;; Mutant: ignores strict and never raises.
(defn safe_div [a b strict]
  (if (zero? b)
    nil
    (/ (double a) (double b))))
