-- expect-fail: 10 13 17 20
-- Mutant: sorts but does not remove duplicates.
import Data.List (sort)

uniqueSorted :: [Int] -> Bool -> [Int]
uniqueSorted values reverse_ = (if reverse_ then reverse else id) (sort values)
