(defn flatten [nested depth]
  (letfn [(walk [items d]
            (vec (mapcat (fn [x] (if (and (sequential? x) (not= d 0)) (walk x (dec d)) [x])) items)))]
    (walk nested depth)))
