-- expect-fail: 15 17
-- Mutant: compares UTF-8 bytes, not code points.
import Data.Bits (shiftR, (.&.), (.|.))
import Data.Char (ord, toLower)

isPalindrome :: String -> Bool -> Bool
isPalindrome text ignore_case = bytes == reverse bytes
  where
    s = if ignore_case then map toLower text else text
    bytes = concatMap (utf8 . ord) s
    utf8 c
      | c < 0x80 = [c]
      | c < 0x800 = [0xC0 .|. shiftR c 6, 0x80 .|. (c .&. 0x3F)]
      | c < 0x10000 = [0xE0 .|. shiftR c 12, 0x80 .|. (shiftR c 6 .&. 0x3F), 0x80 .|. (c .&. 0x3F)]
      | otherwise =
          [0xF0 .|. shiftR c 18, 0x80 .|. (shiftR c 12 .&. 0x3F), 0x80 .|. (shiftR c 6 .&. 0x3F), 0x80 .|. (c .&. 0x3F)]
