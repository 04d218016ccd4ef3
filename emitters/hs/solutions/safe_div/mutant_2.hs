-- expect-fail: 31 32
-- Mutant: never raises.
safeDiv :: Double -> Double -> Bool -> Maybe Double
safeDiv a b _
  | b == 0 = Nothing
  | otherwise = Just (a / b)
