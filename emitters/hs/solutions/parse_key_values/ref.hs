import Data.Char (isSpace)
import Data.List (isPrefixOf)

parseKeyValues :: String -> String -> [(String, [Int])]
parseKeyValues text sep = foldl add [] [entry | entry <- splitOn sep text, not (null (strip entry))]
  where
    strip = dropWhile isSpace . reverse . dropWhile isSpace . reverse
    splitOn s str
      | null s = error "empty separator"
      | otherwise = go str ""
      where
        go rest acc
          | null rest = [reverse acc]
          | s `isPrefixOf` rest = reverse acc : go (drop (length s) rest) ""
          | otherwise = go (tail rest) (head rest : acc)
    parse entry = case break (== '=') entry of
      (_, "") -> error ("missing '=' in entry " ++ entry)
      (key, _ : rest) -> (strip key, [read (strip item) | item <- splitOn "," rest, not (null (strip item))])
    add result entry = let (key, values) = parse entry in case lookup key result of
      Just old -> [(k, if k == key then old ++ values else v) | (k, v) <- result]
      Nothing -> result ++ [(key, values)]
