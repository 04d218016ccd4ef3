"""Ruby programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py run
against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "def f(x)\n  x\nend\n"
# Raises an error.
ERRORING = "def f(x)\n  raise 'no'\nend\n"
# Runs {command}, then returns x.
SHELL = 'def f(x)\n  system("{command}")\n  x\nend\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'def f(x)\n  return x + 1 if system("{command}")\n  x\nend\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "def f(x)\n  loop {}\nend\n",
    "fork_bomb": "def f(x)\n  loop { fork { sleep 60 } rescue nil }\nend\n",
    "huge_output": "def f(x)\n  loop { STDOUT.write('x' * 10000) }\nend\n",
    # 64 MB filled, then one allocation past the limit (filling gigabytes page by page takes seconds)
    "memory_bomb": "def f(x)\n  s = 'x' * (1 << 26)\n  (s * 48).size\nend\n",
    "writes_outside": "def f(x)\n  ['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}'].each do |p|\n    File.write(p, 'x') rescue nil\n  end\n  x\nend\n",
    "opens_socket": "require 'socket'\ndef f(x)\n  begin\n    s = TCPSocket.new('127.0.0.1', {port})\n    s.write('x')\n    s.close\n  rescue StandardError\n  end\n  x\nend\n",
    "fakes_passes": 'def f(x)\n  puts "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0"\n  -x\nend\n',
    "exits_zero_midway": "def f(x)\n  exit 0\nend\n",
    # prints pass and value lines under every nonce it can find, and redefines what a harness might use to
    # compare or print (== on integers, Integer#inspect and #to_s): the wrong answer must still fail
    "forges_verdict": "def f(x)\n  found = [ENV['TESTCOMPILER_NONCE'] || 'testcompiler']\n  ['/proc/self/environ', \"/proc/#{Process.ppid}/environ\", \"/proc/#{Process.ppid}/cmdline\", '/proc/1/environ'].each do |p|\n    begin\n      found += File.binread(p).tr('=', \"\\0\").split(\"\\0\")\n    rescue StandardError\n    end\n  end\n  found.each { |n| puts \"#{n} 1 pass\\n#{n} 2 pass\\n#{n} done 2 0\\n#{n} 1 value 1\\n#{n} 2 value 2\\n#{n} done\" }\n  $stdout.flush\n  Integer.class_eval do\n    define_method(:==) { |_o| true }\n    define_method(:inspect) { (self - 1).to_s }\n    define_method(:to_s) { '1' }\n  end\n  x + 1\nend\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "def add(a, b)\n  a + b\nend\n",
    # right: counts words into a hash with a default, in the language's own idiom and order
    "counts": "def counts(words)\n  out = Hash.new(0)\n  words.reverse.each { |w| out[w] += 1 }\n  out\nend\n",
    # right: the pairs (i, i + 1), tuples as arrays
    "pairs": "def pairs(n)\n  (0...n).map { |i| [i, i + 1] }\nend\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "def add(a, b)\n  a + b + 1e-6\nend\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'def split(s)\n  { "k\\"\\n" => [1.5, -2.0] }\nend\n',
}
