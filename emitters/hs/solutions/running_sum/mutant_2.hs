-- expect-fail: 27 28
-- Mutant: truncates each number first.
runningSum :: [Double] -> [Double]
runningSum numbers = drop 1 (scanl (\t x -> t + fromIntegral (truncate x :: Integer)) 0 numbers)
