runningSum :: [Double] -> [Double]
runningSum numbers = drop 1 (scanl (+) 0 numbers)
