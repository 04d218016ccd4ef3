flatten :: [[Int]] -> Int -> [Int]
flatten nested depth
  | depth == 0 = error "flatten: depth 0 keeps the nested lists"
  | otherwise = concat nested
