stdDev :: [Double] -> Int -> Double
stdDev values ddof
  | n - ddof <= 0 = error "not enough values"
  | otherwise = sqrt (squares / fromIntegral (n - ddof))
  where
    n = length values
    mean = sum values / fromIntegral n
    squares = sum [(v - mean) * (v - mean) | v <- values]
