import Data.List (sort)

hasCloseElements :: [Double] -> Double -> Bool
hasCloseElements numbers threshold = or (zipWith (\a b -> b - a < threshold) sorted (drop 1 sorted))
  where sorted = sort numbers
