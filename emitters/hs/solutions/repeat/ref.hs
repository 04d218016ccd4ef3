import Data.List (intercalate)

repeat_ :: String -> Int -> String -> String -> String
repeat_ s n sep end
  | n <= 0 = end
  | otherwise = intercalate sep (replicate n s) ++ end
