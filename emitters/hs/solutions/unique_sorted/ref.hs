import Data.List (nub, sort)

uniqueSorted :: [Int] -> Bool -> [Int]
uniqueSorted values reverse_ = (if reverse_ then reverse else id) (nub (sort values))
