-- expect-fail: 28 29
-- Mutant: 0.0 instead of None.
safeDiv :: Double -> Double -> Bool -> Maybe Double
safeDiv a b strict
  | b == 0 = if strict then error "division by zero" else Just 0
  | otherwise = Just (a / b)
