intPow :: Int -> Int -> Int
intPow base exp_
  | exp_ < 0 = error "negative exponent"
  | otherwise = product (replicate exp_ base)
