"""OCaml programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "let f (x : int) : int = x\n"
# Raises an error.
ERRORING = 'let f (x : int) : int = failwith "no"\n'
# Runs {command}, then returns x.
SHELL = 'let f (x : int) : int = ignore (Sys.command "{command}"); x\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'let f (x : int) : int = if Sys.command "{command}" = 0 then x + 1 else x\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "let f (x : int) : int = let rec loop () = loop () in loop ()\n",
    "fork_bomb": 'let f (x : int) : int = let rec loop () = ignore (Sys.command "sleep 60 &"); loop () in loop ()\n',
    "huge_output": "let f (x : int) : int = let rec loop () = print_string (String.make 10000 'x'); loop () in loop ()\n",
    "memory_bomb": "let f (x : int) : int = Array.length (Array.make (1 lsl 40) 0)\n",
    "writes_outside": 'let f (x : int) : int =\n  List.iter (fun p -> try let c = open_out p in output_string c "x"; close_out c\n    with Sys_error _ -> ()) ["/tmp/{token}"; "{repo}/{token}"; "/run/lock/{token}"; "/dev/shm/{token}"; "/var/tmp/{token}"];\n  x\n',
    "opens_socket": "let f (x : int) : int =\n  ignore (Sys.command \"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\"); x\n",
    "fakes_passes": 'let f (x : int) : int =\n  print_endline "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0";\n  -x\n',
    "exits_zero_midway": "let f (x : int) : int = exit 0\n",
    "forges_verdict": 'let f (x : int) : int =\n  let n = try Sys.getenv "TESTCOMPILER_NONCE" with Not_found -> "testcompiler" in\n  Printf.printf "%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n%!" n n n n n;\n  x + 1\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "let add (a : float) (b : float) : float = a +. b\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "let counts (words : string list) : (string * int) list =\n  List.fold_left (fun acc w -> match List.assoc_opt w acc with\n    | Some n -> (w, n + 1) :: List.remove_assoc w acc\n    | None -> (w, 1) :: acc) [] words\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "let pairs (n : int) : (int * int) list = List.init n (fun i -> (i, i + 1))\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "let add (a : float) (b : float) : float = a +. b +. 1e-6\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'let split (s : string) : (string * float list) list = [("k\\"\\n", [1.5; -2.0])]\n',
}

# The scripted model of the pipeline's tests (tests/pipeline_support/scripted.py): asked to complete a
# prompt whose last paragraph holds PIPELINE_HEADER (with a function's name), it answers these bodies.
PIPELINE_HEADER = "let {name} ("
PIPELINE = {
    # right, the same with other spacing, wrong, right written another way
    "clamp": [
        "  if value < low then low else if value > high then high else value\n",
        "  if value < low then low  else if value > high then high  else value\n",
        "  value\n",
        "  max low (min high value)\n",
    ],
    "digit_sum": ["  let rec go n acc = if n <= 0 then acc else go (n / 10) (acc + n mod 10) in\n  go n 0\n"],
}

# The worked translation of the pipeline's "comment+example" translate prompt (pipeline/worked_example.py):
# the body that follows this language's prompt for sum_of_even. Written for this project; public domain (CC0).
WORKED_EXAMPLE = "  List.fold_left (fun total n -> if n mod 2 = 0 then total + n else total) 0 numbers\n"
