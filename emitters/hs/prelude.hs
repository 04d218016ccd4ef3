-- Python's == on the values these stand for, one combinator per IR type (the harness picks them from the
-- type of each place): floats within the tolerance (NaN equals NaN), sets (lists) as sets, dicts
-- (association lists) as sets of pairs whatever their order, Maybe and tuples structurally. Names start
-- with __tc (which the emitter renames away from a solution's names); modules are imported qualified
-- (Tc*), so a solution sees no name it would not see under MultiPL-E.
type TcTol = (Double, Double, Bool)

__tc_float_eq :: TcTol -> Double -> Double -> Bool
__tc_float_eq (rel, absTol, strict) a b
  | isNaN a && isNaN b = True
  | a == b = True
  | otherwise =
      let diff = abs (a - b)
          bound = max (rel * max (abs a) (abs b)) absTol
      in if strict then diff < bound else diff <= bound

__tc_int_eq :: Int -> Int -> Bool
__tc_int_eq = (==)

__tc_bool_eq :: Bool -> Bool -> Bool
__tc_bool_eq = (==)

__tc_str_eq :: String -> String -> Bool
__tc_str_eq = (==)

__tc_none_eq :: () -> () -> Bool
__tc_none_eq _ _ = True

-- Item by item (not length first: an infinite result is unequal to a finite expected list, not a hang).
__tc_list_eq :: (a -> a -> Bool) -> [a] -> [a] -> Bool
__tc_list_eq eq (x : xs) (y : ys) = eq x y && __tc_list_eq eq xs ys
__tc_list_eq _ [] [] = True
__tc_list_eq _ _ _ = False

__tc_set_eq :: (a -> a -> Bool) -> [a] -> [a] -> Bool
__tc_set_eq eq a b = all (\x -> any (eq x) b) a && all (\y -> any (\x -> eq x y) a) b

__tc_dict_eq :: (k -> k -> Bool) -> (v -> v -> Bool) -> [(k, v)] -> [(k, v)] -> Bool
__tc_dict_eq ek ev a b = length a == length b && __tc_set_eq pair a b
  where pair (k1, v1) (k2, v2) = ek k1 k2 && ev v1 v2

__tc_option_eq :: (a -> a -> Bool) -> Maybe a -> Maybe a -> Bool
__tc_option_eq _ Nothing Nothing = True
__tc_option_eq eq (Just x) (Just y) = eq x y
__tc_option_eq _ _ _ = False

__tc_int_truthy :: Int -> Bool
__tc_int_truthy = (/= 0)

__tc_float_truthy :: Double -> Bool
__tc_float_truthy = (/= 0)

__tc_bool_truthy :: Bool -> Bool
__tc_bool_truthy = id

__tc_str_truthy :: String -> Bool
__tc_str_truthy = not . null

__tc_none_truthy :: () -> Bool
__tc_none_truthy _ = False

__tc_list_truthy :: [a] -> Bool
__tc_list_truthy = not . null

__tc_option_truthy :: (a -> Bool) -> Maybe a -> Bool
__tc_option_truthy truthy = maybe False truthy

-- Values in Haskell's notation (grammars/values_hs.lark reads them back): GHC's shortest round-trip Double,
-- strings in ASCII with \u{hex} for any other character.
__tc_int_show :: Int -> String
__tc_int_show = show

__tc_float_show :: Double -> String
__tc_float_show = show

__tc_bool_show :: Bool -> String
__tc_bool_show = show

__tc_str_show :: String -> String
__tc_str_show s = "\"" ++ concatMap one s ++ "\""
  where
    one '\\' = "\\\\"
    one '"' = "\\\""
    one '\n' = "\\n"
    one '\t' = "\\t"
    one '\r' = "\\r"
    one c
      | c >= ' ' && c <= '~' = [c]
      | otherwise = "\\u{" ++ TcNumeric.showHex (fromEnum c) "}"

__tc_none_show :: () -> String
__tc_none_show _ = "()"

__tc_list_show :: (a -> String) -> [a] -> String
__tc_list_show sh xs = "[" ++ TcList.intercalate ", " (map sh xs) ++ "]"

__tc_dict_show :: (k -> String) -> (v -> String) -> [(k, v)] -> String
__tc_dict_show sk sv = __tc_list_show (\(k, v) -> "(" ++ sk k ++ ", " ++ sv v ++ ")")

__tc_option_show :: (a -> String) -> Maybe a -> String
__tc_option_show _ Nothing = "Nothing"
__tc_option_show sh (Just x) = "Just (" ++ sh x ++ ")"

__tc_one_line :: String -> String
__tc_one_line = concatMap (\c -> if c == '\n' then "\\n" else [c])

__tc_report :: String -> Int -> String -> String -> IO ()
__tc_report nonce index status detail =
  putStrLn (nonce ++ " " ++ show index ++ " " ++ status ++ (if null detail then "" else " " ++ __tc_one_line detail))

-- A check's outcome: its value forced inside the handler, so an `error` or a pattern-match failure of the
-- solution is that check's error. A program that exits (exitWith) exits: ExitCode is thrown on.
__tc_outcome :: a -> IO (Either (String, String) a)
__tc_outcome x = do
  r <- TcE.try (TcE.evaluate x)
  case r of
    Right v -> return (Right v)
    Left e -> case TcE.fromException e of
      Just code -> TcE.throwIO (code :: TcExit.ExitCode)
      Nothing -> case TcE.fromException e of
        Just TcE.HeapOverflow -> return (Left ("oom", "HeapOverflow"))
        _ -> do
          shown <- TcE.try (TcE.evaluate (let s = show e in length s `seq` s))
          return (Left ("error", either (\ex -> const "exception" (ex :: TcE.SomeException)) id shown))

__tc_forced :: String -> String
__tc_forced s = length s `seq` s

__tc_check :: Int -> (Bool, String) -> String -> IO Bool
__tc_check index (ok, shown) nonce = do
  r <- __tc_outcome ok
  case r of
    Right True -> __tc_report nonce index "pass" "" >> return True
    Right False -> do
      s <- __tc_outcome (__tc_forced shown)
      __tc_report nonce index "fail" ("got " ++ either snd id s)
      return False
    Left (status, detail) -> __tc_report nonce index status detail >> return False

-- The whole value is forced (printed): Python's call raises before it returns, whatever part is lazy here.
__tc_raises :: Int -> String -> String -> IO Bool
__tc_raises index shown nonce = do
  r <- __tc_outcome (__tc_forced shown)
  case r of
    Right _ -> __tc_report nonce index "fail" "no exception raised" >> return False
    Left ("oom", detail) -> __tc_report nonce index "oom" detail >> return False
    Left _ -> __tc_report nonce index "pass" "" >> return True

-- The value the call returned, for the executor to judge (the expected value is not in this program).
__tc_observe :: Int -> String -> String -> IO Bool
__tc_observe index shown nonce = do
  r <- __tc_outcome (__tc_forced shown)
  case r of
    Right s -> putStrLn (nonce ++ " " ++ show index ++ " value " ++ __tc_one_line s)
    Left (status, detail) -> putStrLn (nonce ++ " " ++ show index ++ " " ++ status ++ " " ++ __tc_one_line detail)
  return True

__tc_main :: Bool -> [String -> IO Bool] -> IO ()
__tc_main observe checks = do
  TcIO.hSetBuffering TcIO.stdout TcIO.LineBuffering
  given <- TcEnv.lookupEnv "{{ NONCE_VARIABLE }}"
  let nonce = maybe "{{ DEFAULT_NONCE }}" id given
  results <- mapM (\check -> check nonce) checks
  let passed = length (filter id results)
      failed = length results - passed
  if observe
    then putStrLn (nonce ++ " done") >> TcExit.exitSuccess
    else do
      putStrLn (nonce ++ " done " ++ show passed ++ " " ++ show failed)
      if failed == 0 then TcExit.exitSuccess else TcExit.exitWith (TcExit.ExitFailure 1)
