;; expect-fail: 18 19 20
;; Mutant: ignores depth and always flattens completely.
(defn flatten [nested depth]
  (letfn [(walk [items d]
            (vec (mapcat (fn [x] (if (sequential? x) (walk x (dec d)) [x])) items)))]
    (walk nested depth)))
