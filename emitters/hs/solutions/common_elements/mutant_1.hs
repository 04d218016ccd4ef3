-- expect-fail: 11
-- Mutant: silently drops negative numbers.
import Data.List (nub)

commonElements :: [Int] -> [Int] -> [Int]
commonElements a b = nub [x | x <- a, x `elem` b, x >= 0]
