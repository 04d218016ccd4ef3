-- expect-fail: 13 14
-- Mutant: puts end first.
import Data.List (intercalate)

repeat_ :: String -> Int -> String -> String -> String
repeat_ s n sep end
  | n <= 0 = end
  | otherwise = end ++ intercalate sep (replicate n s)
