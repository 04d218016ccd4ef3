;; expect-fail: 14 16 21 22 23
;; Mutant: a negative depth behaves like 0 instead of "flatten completely".
(defn flatten [nested depth]
  (letfn [(walk [items d]
            (vec (mapcat (fn [x] (if (and (sequential? x) (> d 0)) (walk x (dec d)) [x])) items)))]
    (walk nested depth)))
