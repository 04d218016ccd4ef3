;; expect-fail: 14 15
;; Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
(defn int_pow [base exp]
  (when (neg? exp)
    (throw (IllegalArgumentException. "exp must be non-negative")))
  (reduce *' base (repeat (dec exp) base)))
