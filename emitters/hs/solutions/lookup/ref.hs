lookup_ :: [(Int, String)] -> Int -> Maybe String -> Maybe String
lookup_ table key default_ = maybe default_ Just (lookup key table)
