-- expect-fail: 17 18
-- Mutant: an empty string counts as missing.
lookup_ :: [(Int, String)] -> Int -> Maybe String -> Maybe String
lookup_ table key default_ = case lookup key table of
  Just v | not (null v) -> Just v
  _ -> default_
