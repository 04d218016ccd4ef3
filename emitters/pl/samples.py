"""Perl programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string: q"..." takes it as
it is, without interpolating $ and @)."""

# Right: returns x.
HONEST = "sub f {\n    my($x) = @_;\n    return $x;\n}\n"
# Raises an error.
ERRORING = 'sub f {\n    my($x) = @_;\n    die "no\\n";\n}\n'
# Runs {command}, then returns x.
SHELL = 'sub f {\n    my($x) = @_;\n    system(q"{command}");\n    return $x;\n}\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = (
    'sub f {\n    my($x) = @_;\n    return $x + 1 if system(q"{command}") == 0;\n    return $x;\n}\n'
)

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "sub f {\n    my($x) = @_;\n    while (1) {}\n}\n",
    "fork_bomb": "sub f {\n    my($x) = @_;\n    while (1) { fork(); }\n}\n",
    "huge_output": "sub f {\n    my($x) = @_;\n    while (1) { print 'x' x 10000; }\n}\n",
    "memory_bomb": "sub f {\n    my($x) = @_;\n    my $s = 'x' x (1 << 29);\n    return length($s . $s . $s . $s . $s);\n}\n",
    "writes_outside": "sub f {\n    my($x) = @_;\n    for my $p ('/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}') {\n        if (open(my $h, '>', $p)) { print $h 'x'; close($h); }\n    }\n    return $x;\n}\n",
    "opens_socket": "use IO::Socket::INET;\nsub f {\n    my($x) = @_;\n    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => {port}, Proto => 'tcp', Timeout => 2);\n    print $s \"x\\n\" if $s;\n    return $x;\n}\n",
    "fakes_passes": 'sub f {\n    my($x) = @_;\n    print "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n";\n    return -$x;\n}\n',
    "exits_zero_midway": "sub f {\n    my($x) = @_;\n    exit 0;\n}\n",
    # prints result lines under the nonce, and redefines what a harness of package subs would call
    "forges_verdict": "sub f {\n    my($x) = @_;\n    my $n = $ENV{TESTCOMPILER_NONCE} // 'testcompiler';\n    print \"$n 1 pass\\n$n 2 pass\\n$n done 2 0\\n$n 1 value 1\\n$n 2 value 2\\n\";\n    no warnings;\n    *__tc::equal = sub { 1 };\n    *__tc::show = sub { $_[0] - 1 };\n    *B::svref_2object = sub { die };\n    return $x + 1;\n}\n",
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "sub add {\n    my($a, $b) = @_;\n    return $a + $b;\n}\n",
    # right: counts words into a hash, in the language's own idiom and order
    "counts": "sub counts {\n    my($words) = @_;\n    my %out;\n    $out{$_}++ for @$words;\n    return \\%out;\n}\n",
    # right: the pairs (i, i + 1), tuples as array refs
    "pairs": "sub pairs {\n    my($n) = @_;\n    return [map { [$_, $_ + 1] } 0 .. $n - 1];\n}\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "sub add {\n    my($a, $b) = @_;\n    return $a + $b + 1e-6;\n}\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'sub split_ {\n    my($s) = @_;\n    return {"k\\"\\n" => [1.5, -2.0]};\n}\n',
}
