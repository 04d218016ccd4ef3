-- expect-fail: 32
-- Mutant: accepts a negative bucket.
histogram :: [Int] -> Int -> [(Int, Int)]
histogram values bucket
  | bucket == 0 = error "bucket must be positive"
  | otherwise = foldl add [] [v `div` bucket * bucket | v <- values]
  where
    -- Python's // floors, as div does
    add counts k = case lookup k counts of
      Just n -> (k, n + 1) : filter ((/= k) . fst) counts
      Nothing -> counts ++ [(k, 1)]
