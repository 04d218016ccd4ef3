-- expect-fail: 24 25
-- Mutant: ignores reverse.
import Data.List (nub, sort)

uniqueSorted :: [Int] -> Bool -> [Int]
uniqueSorted values _ = nub (sort values)
