-- expect-fail: 22
-- Mutant: truncates towards zero (quot) instead of flooring.
histogram :: [Int] -> Int -> [(Int, Int)]
histogram values bucket
  | bucket <= 0 = error "bucket must be positive"
  | otherwise = foldl add [] [v `quot` bucket * bucket | v <- values]
  where
    add counts k = case lookup k counts of
      Just n -> (k, n + 1) : filter ((/= k) . fst) counts
      Nothing -> counts ++ [(k, 1)]
