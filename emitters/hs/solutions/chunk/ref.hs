chunk :: [String] -> Int -> [[String]]
chunk items size
  | size <= 0 = error "size must be positive"
  | otherwise = go items
  where
    -- consecutive slices items[i:i+size] for i = 0, size, 2*size, ...
    go [] = []
    go xs = take size xs : go (drop size xs)
