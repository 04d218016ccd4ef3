escapeText :: String -> String -> String
escapeText text quote = concatMap one text
  where
    -- quote is a str: a character equals it only when quote is exactly that one character
    isQuote c = quote == [c]
    one c
      | c == '\\' = "\\\\"
      | isQuote c = ['\\', c]
      | c == '\n' = "\\n"
      | c == '\t' = "\\t"
      | c == '\r' = "\\r"
      | otherwise = [c]
