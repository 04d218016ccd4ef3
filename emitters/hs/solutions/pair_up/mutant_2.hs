-- expect-fail: 20
-- Mutant: orders each pair.
pairUp :: [Int] -> Bool -> [(Int, Int)]
pairUp items overlap = go items
  where
    go (a : b : rest) = (min a b, max a b) : go (if overlap then b : rest else rest)
    go _ = []
