safeDiv :: Double -> Double -> Bool -> Maybe Double
safeDiv a b strict
  | b == 0 = if strict then error "division by zero" else Nothing
  | otherwise = Just (a / b)
