-- expect-fail: 16 17 18 20
-- Mutant: floors the mean.
stdDev :: [Double] -> Int -> Double
stdDev values ddof
  | n - ddof <= 0 = error "not enough values"
  | otherwise = sqrt (squares / fromIntegral (n - ddof))
  where
    n = length values
    mean = fromIntegral (floor (sum values / fromIntegral n) :: Integer)
    squares = sum [(v - mean) * (v - mean) | v <- values]
