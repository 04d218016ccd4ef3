r"""Haskell programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

A solution may start with imports: the run command writes its own (qualified) imports before it. What does
IO from the pure ``f`` goes through ``unsafePerformIO``, forced by ``seq``.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: Haskell's string
literals read it back as it was).
"""

_IO = "import System.IO.Unsafe (unsafePerformIO)\nimport System.Process (system)\n"
_HEAD = "f :: Int -> Int\n"

# Right: returns x.
HONEST = _HEAD + "f x = x\n"
# Raises an error.
ERRORING = _HEAD + 'f x = error "no"\n'
# The command's exit, run once for the program (a top-level value: the checks share it, so a slow command
# does not run twice against the time limit).
_RAN = '{-# NOINLINE ran #-}\nran :: ExitCode\nran = unsafePerformIO (system "{command}")\n\n'
_EXIT = "import System.Exit (ExitCode (..))\n\n"
# Runs {command}, then returns x.
SHELL = _IO + _EXIT + _RAN + _HEAD + "f x = ran `seq` x\n"
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = _IO + _EXIT + _RAN + _HEAD + "f x = if ran == ExitSuccess then x + 1 else x\n"

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _HEAD + "f x = go x\n  where go n = if n < 0 then n else go (n + 1)\n",
    "fork_bomb": _IO
    + _HEAD
    + 'f x = unsafePerformIO (mapM_ (\\_ -> system "sleep 60 &") [1 :: Int ..]) `seq` x\n',
    "huge_output": _IO.splitlines(True)[0]
    + _HEAD
    + "f x = unsafePerformIO (mapM_ (\\_ -> putStr (replicate 10000 'x')) [1 :: Int ..]) `seq` x\n",
    # One allocation of 64 GiB: past the RTS's -M1g at once.
    "memory_bomb": "import qualified Data.ByteString as B\n\n"
    + _HEAD
    + "f x = B.length (B.replicate (2 ^ (36 :: Int)) 1) + x\n",
    "writes_outside": "import Control.Exception (SomeException, try)\n"
    + _IO.splitlines(True)[0]
    + _HEAD
    + 'f x = unsafePerformIO (mapM_ write ["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"]) `seq` x\n'
    + '  where write p = (try (writeFile p "x") :: IO (Either SomeException ())) >> return ()\n',
    "opens_socket": _IO
    + _HEAD
    + "f x = unsafePerformIO (system \"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\") `seq` x\n",
    "fakes_passes": _IO.splitlines(True)[0]
    + _HEAD
    + 'f x = unsafePerformIO (putStrLn "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0") `seq` negate x\n',
    "exits_zero_midway": _IO.splitlines(True)[0]
    + "import System.Exit (exitSuccess)\n\n"
    + _HEAD
    + "f x = unsafePerformIO exitSuccess\n",
    "forges_verdict": _IO.splitlines(True)[0]
    + "import System.Environment (lookupEnv)\n\n"
    + _HEAD
    + "f x = unsafePerformIO forge `seq` (x + 1)\n  where\n    forge = do\n"
    + '      n <- maybe "testcompiler" id <$> lookupEnv "TESTCOMPILER_NONCE"\n'
    + '      putStrLn (unlines [n ++ " 1 pass", n ++ " 2 pass", n ++ " done 2 0", n ++ " 1 value 1", n ++ " 2 value 2"])\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "add :: Double -> Double -> Double\nadd a b = a + b\n",
    # right: counts words into a dict (an association list), in the language's own idiom and order
    "counts": "import qualified Data.Map as M\n\ncounts :: [String] -> [(String, Int)]\n"
    "counts ws = M.toList (M.fromListWith (+) [(w, 1) | w <- ws])\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "pairs :: Int -> [(Int, Int)]\npairs n = [(i, i + 1) | i <- [0 .. n - 1]]\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "add :: Double -> Double -> Double\nadd a b = a + b + 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'split :: String -> [(String, [Double])]\nsplit s = [("k\\"\\n", [1.5, -2.0])]\n',
}
