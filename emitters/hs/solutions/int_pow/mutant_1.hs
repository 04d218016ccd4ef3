-- expect-fail: 14 15
-- Mutant: off by one (base ** (exp - 1) * base, and wrong for exp == 0).
intPow :: Int -> Int -> Int
intPow base exp_
  | exp_ < 0 = error "negative exponent"
  | otherwise = base * product (replicate (exp_ - 1) base)
