import Data.List (nub)

-- {x for x in a if x in b}: a set, so no element twice
commonElements :: [Int] -> [Int] -> [Int]
commonElements a b = nub [x | x <- a, x `elem` b]
