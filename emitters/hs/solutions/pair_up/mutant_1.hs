-- expect-fail: 18 23
-- Mutant: ignores overlap.
pairUp :: [Int] -> Bool -> [(Int, Int)]
pairUp items _ = go items
  where
    go (a : b : rest) = (a, b) : go rest
    go _ = []
