pairUp :: [Int] -> Bool -> [(Int, Int)]
pairUp items overlap = go items
  where
    go (a : b : rest) = (a, b) : go (if overlap then b : rest else rest)
    go _ = []
