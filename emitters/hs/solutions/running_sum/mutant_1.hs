-- expect-fail: 24 25 28
-- Mutant: sums absolute values.
runningSum :: [Double] -> [Double]
runningSum numbers = drop 1 (scanl (\t x -> t + abs x) 0 numbers)
