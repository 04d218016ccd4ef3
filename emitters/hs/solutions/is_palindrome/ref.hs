import Data.Char (toLower)

isPalindrome :: String -> Bool -> Bool
isPalindrome text ignore_case = s == reverse s
  where s = if ignore_case then map toLower text else text
