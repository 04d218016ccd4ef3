import Data.Char (toLower)
import qualified Data.Map as M

wordCounts :: String -> Int -> [(String, Int)]
wordCounts text min_length
  | min_length < 1 = error "min_length must be positive"
  | otherwise = M.toList (M.fromListWith (+) [(w, 1) | w <- words (map toLower text), length w >= min_length])
