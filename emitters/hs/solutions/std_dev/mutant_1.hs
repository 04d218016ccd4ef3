-- expect-fail: 17 26 27
-- Mutant: ignores ddof in the divisor.
stdDev :: [Double] -> Int -> Double
stdDev values ddof
  | n - ddof <= 0 = error "not enough values"
  | otherwise = sqrt (squares / fromIntegral n)
  where
    n = length values
    mean = sum values / fromIntegral n
    squares = sum [(v - mean) * (v - mean) | v <- values]
