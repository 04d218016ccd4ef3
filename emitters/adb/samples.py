r"""Ada programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines F.

Each is a solution as MultiPL-E cuts a completion: the prompt's Placeholder spec, then its body up to the
function's statements, without the ``end F;`` (the stop token ``\n   end ``) that the harness's first line
supplies.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: backslash escapes). An
Ada string literal has no backslash escapes, so SHELL and SHELL_GUARD carry the command in a comment and
read it back from their own source (gnatchop's placeholder.adb, in the program's working directory).
"""


def _program(
    body: str, context: str = "", spec: str = "   function F (X : Integer) return Integer;\n"
) -> str:
    return (
        "pragma Ada_2022;\n\npackage Placeholder is\n" + spec + "end Placeholder;\n\npragma Ada_2022;\n"
        + context + "\npackage body Placeholder is\n" + body
    )  # fmt: skip


_HEAD = "   function F (X : Integer) return Integer is\n"
_OS = "with GNAT.OS_Lib; use GNAT.OS_Lib;\n"
_IO = "with Ada.Text_IO; use Ada.Text_IO;\n"

# The command in a comment, read back from this unit's source and unescaped (\\ and \" as tests quote it).
_COMMAND = (
    "   --  COMMAND: {command}\n"
    "   function Command return String is\n"
    "      Source : File_Type;\n"
    '      Marker : constant String := "--  COMMAND" & ": ";\n'
    "   begin\n"
    '      Open (Source, In_File, "placeholder.adb");\n'
    "      while not End_Of_File (Source) loop\n"
    "         declare\n"
    "            Line : constant String := Get_Line (Source);\n"
    "            Text : String (1 .. Line'Length);\n"
    "            Last : Natural := 0;\n"
    "            I : Positive := Line'First + 3 + Marker'Length;\n"
    "         begin\n"
    "            if Line'Length > 3 + Marker'Length\n"
    "              and then Line (Line'First + 3 .. Line'First + 2 + Marker'Length) = Marker\n"
    "            then\n"
    "               while I <= Line'Last loop\n"
    "                  if Line (I) = '\\' and I < Line'Last then\n"
    "                     I := I + 1;\n"
    "                  end if;\n"
    "                  Last := Last + 1;\n"
    "                  Text (Last) := Line (I);\n"
    "                  I := I + 1;\n"
    "               end loop;\n"
    "               Close (Source);\n"
    "               return Text (1 .. Last);\n"
    "            end if;\n"
    "         end;\n"
    "      end loop;\n"
    "      Close (Source);\n"
    '      return "false";\n'
    "   end Command;\n\n"
)
_SHELL_RUN = '      Spawn ("/bin/sh", (new String\'("-c"), new String\'(Command)), Ok);\n'

# Right: returns X.
HONEST = _program(_HEAD + "   begin\n      return X;\n")
# Raises an error.
ERRORING = _program(_HEAD + '   begin\n      raise Program_Error with "no";\n')
# Runs {command}, then returns X.
SHELL = _program(
    _COMMAND + _HEAD + "      Ok : Boolean;\n   begin\n" + _SHELL_RUN + "      return X;\n", _IO + _OS
)
# Returns X + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = _program(
    _COMMAND
    + _HEAD
    + "      Status : Integer;\n   begin\n"
    + '      Status := Spawn ("/bin/sh", (new String\'("-c"), new String\'(Command)));\n'
    + "      return (if Status = 0 then X + 1 else X);\n",
    _IO + _OS,
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": _program(
        _HEAD + "      N : Integer := 0;\n      pragma Volatile (N);\n   begin\n"
        "      loop\n         N := (N + 1) mod 7;\n      end loop;\n      return X;\n"
    ),
    "fork_bomb": _program(
        _HEAD + "      Ok : Boolean;\n   begin\n      loop\n"
        '         Spawn ("/bin/sh", (new String\'("-c"), new String\'("sleep 60 &")), Ok);\n'
        "      end loop;\n      return X;\n",
        _OS,
    ),
    "huge_output": _program(
        _HEAD + "      Chunk : constant String (1 .. 10_000) := (others => 'x');\n   begin\n"
        "      loop\n         Put (Chunk);\n      end loop;\n      return X;\n",
        _IO,
    ),
    "memory_bomb": _program(
        "   type Block is array (1 .. 2 ** 28) of Character;\n   type Block_Access is access Block;\n"
        + _HEAD
        + "      Hold : Block_Access;\n   begin\n      loop\n"
        "         Hold := new Block'(others => 'x');\n      end loop;\n      return X;\n"
    ),
    "writes_outside": _program(
        _HEAD + "      procedure Write (Path : String) is\n         Target : File_Type;\n      begin\n"
        '         Create (Target, Out_File, Path);\n         Put (Target, "x");\n         Close (Target);\n'
        "      exception\n         when others =>\n            null;\n      end Write;\n   begin\n"
        '      Write ("/tmp/{token}");\n      Write ("{repo}/{token}");\n      Write ("/run/lock/{token}");\n'
        '      Write ("/dev/shm/{token}");\n      Write ("/var/tmp/{token}");\n      return X;\n',
        _IO,
    ),
    "opens_socket": _program(
        _HEAD + "      Ok : Boolean;\n   begin\n"
        '      Spawn ("/bin/bash", (new String\'("-c"), '
        'new String\'("echo x > /dev/tcp/127.0.0.1/{port} 2>/dev/null")), Ok);\n      return X;\n',
        _OS,
    ),
    "fakes_passes": _program(
        _HEAD + '   begin\n      Put_Line ("testcompiler 1 pass");\n      Put_Line ("testcompiler 2 pass");\n'
        '      Put_Line ("testcompiler done 2 0");\n      return -X;\n',
        _IO,
    ),
    "exits_zero_midway": _program(_HEAD + "   begin\n      OS_Exit (0);\n      return X;\n", _OS),
    "forges_verdict": _program(
        _HEAD + "      function Nonce return String is\n        (if Ada.Environment_Variables.Exists "
        '("TESTCOMPILER_NONCE")\n         then Ada.Environment_Variables.Value ("TESTCOMPILER_NONCE") '
        'else "testcompiler");\n      N : constant String := Nonce;\n   begin\n'
        '      Put_Line (N & " 1 pass");\n      Put_Line (N & " 2 pass");\n      Put_Line (N & " done 2 0");\n'
        '      Put_Line (N & " 1 value 1");\n      Put_Line (N & " 2 value 2");\n      return X + 1;\n',
        _IO + "with Ada.Environment_Variables;\n",
    ),
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
_FLOAT_ARRAY = "   type Float_Array is array (Positive range <>) of Float;\n"
_COUNTS_SPEC = (
    "   type Unbounded_String_Array is array (Positive range <>) of Unbounded_String;\n"
    "   package String_Integer_Dict is new Ada.Containers.Indefinite_Ordered_Maps "
    "(Key_Type => String, Element_Type => Integer);\n   use String_Integer_Dict;\n"
    "   function Counts (Words : Unbounded_String_Array) return String_Integer_Dict.Map;\n"
)
_PAIRS_SPEC = (
    "   type Integer_Integer_Tuple is record\n      Integer_1 : Integer;\n      Integer_2 : Integer;\n"
    "   end record;\n"
    "   type Integer_Integer_Tuple_Array is array (Positive range <>) of Integer_Integer_Tuple;\n"
    "   function Pairs (N : Integer) return Integer_Integer_Tuple_Array;\n"
)
_SPLIT_SPEC = (
    _FLOAT_ARRAY + "   package String_Float_Array_Dict is new Ada.Containers.Indefinite_Ordered_Maps "
    "(Key_Type => String, Element_Type => Float_Array);\n   use String_Float_Array_Dict;\n"
    "   function Split (S : String) return String_Float_Array_Dict.Map;\n"
)
_MAPS = "with Ada.Containers.Indefinite_Ordered_Maps;\n"
_UNBOUNDED = "with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;\n"


def _spec_program(context: str, spec: str, body: str) -> str:
    return (
        "pragma Ada_2022;\n" + context + "\npackage Placeholder is\n" + spec + "end Placeholder;\n\n"
        "pragma Ada_2022;\n" + context + "\npackage body Placeholder is\n" + body
    )  # fmt: skip


_ADD = "   function Add (A : Float; B : Float) return Float;\n"
SEMANTICS = {
    # right: adds two floats
    "add": _spec_program(
        "", _ADD, "   function Add (A : Float; B : Float) return Float is\n   begin\n      return A + B;\n"
    ),
    # right: counts words into a dict, in the language's own idiom and order
    "counts": _spec_program(
        _MAPS + _UNBOUNDED,
        _COUNTS_SPEC,
        "   function Counts (Words : Unbounded_String_Array) return String_Integer_Dict.Map is\n"
        "      Result : String_Integer_Dict.Map;\n   begin\n      for W of Words loop\n"
        "         if Result.Contains (To_String (W)) then\n"
        "            Result.Replace (To_String (W), Result.Element (To_String (W)) + 1);\n"
        "         else\n            Result.Insert (To_String (W), 1);\n         end if;\n      end loop;\n"
        "      return Result;\n",
    ),
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": _spec_program(
        "",
        _PAIRS_SPEC,
        "   function Pairs (N : Integer) return Integer_Integer_Tuple_Array is\n"
        "      Result : Integer_Integer_Tuple_Array (1 .. N);\n   begin\n"
        "      for I in 0 .. N - 1 loop\n         Result (I + 1) := (I, I + 1);\n      end loop;\n"
        "      return Result;\n",
    ),
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": _spec_program(
        "",
        _ADD,
        "   function Add (A : Float; B : Float) return Float is\n   begin\n      return A + B + 1.0e-6;\n",
    ),
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": _spec_program(
        _MAPS,
        _SPLIT_SPEC,
        "   function Split (S : String) return String_Float_Array_Dict.Map is\n   begin\n"
        '      return ["k""" & ASCII.LF => [1.5, -2.0]];\n',
    ),
}
