package __tc;
# The solution's pragmas reach this far (one file): none of them may change what the harness computes.
no strict;
no warnings;
no integer;
# use bigint / bignum / bigrat turn numeric literals into objects (9**9**9 would be computed exactly):
# their constant handlers end here.
BEGIN { $^H &= ~0x1F000; delete @^H{qw(integer float binary q qr)}; }
require B;
require Scalar::Util;
# Everything the harness calls is a lexical declared after the solution, which therefore cannot redefine
# it; the library functions it needs are taken now, and builtins that a solution could override are
# called as CORE::name.
my $__tc_flags = \&B::svref_2object;
my $__tc_blessed = \&Scalar::Util::blessed;
my $__tc_reftype = \&Scalar::Util::reftype;
my $__tc_is_bool = defined &builtin::is_bool ? \&builtin::is_bool : sub { 0 };
my ($__tc_IOK, $__tc_NOK, $__tc_POK) = (B::SVf_IOK(), B::SVf_NOK(), B::SVf_POK());
my $__tc_inf = 9**9**9;
my $__tc_out;
CORE::open($__tc_out, ">&=", 1) or CORE::die "no stdout\n";
CORE::binmode($__tc_out);  # whatever layers `use open` gave it: bytes (syswrite refuses :utf8)
my $__tc_nonce = CORE::defined $ENV{"{{ NONCE_VARIABLE }}"} ? $ENV{"{{ NONCE_VARIABLE }}"} : "{{ DEFAULT_NONCE }}";
my $__tc_failures = 0;

# What Python value a Perl value stands for: undef, bool, int, float, big (Math::BigInt), str, array,
# hash, set (an expected set), or other. A scalar is what made it (Perl 5.36 keeps that): "1" from split
# is a string, 1 + 0 an integer, 1 == 1 a boolean.
my $__tc_kind = sub {
    my ($v) = @_;
    return "undef" unless CORE::defined $v;
    if (CORE::ref $v) {
        my $class = $__tc_blessed->($v);
        if (CORE::defined $class) {
            return "set" if $class eq "__tc::Set";
            return "big" if $class eq "Math::BigInt";
            return "bigfloat" if $class eq "Math::BigFloat" || $class eq "Math::BigRat";
        }
        my $type = $__tc_reftype->($v);
        return "array" if $type eq "ARRAY";
        return "hash" if $type eq "HASH";
        return "other";
    }
    return "bool" if $__tc_is_bool->($v);
    my $flags = $__tc_flags->(\$v)->FLAGS;
    return "str" if $flags & $__tc_POK;
    if ($flags & $__tc_NOK) {
        return "int" if ($flags & $__tc_IOK) && $v == CORE::int($v);
        return "float";
    }
    return "int" if $flags & $__tc_IOK;
    return "str";
};

my $__tc_number = sub { my $k = $_[0]; $k eq "bool" || $k eq "int" || $k eq "float" || $k eq "big" || $k eq "bigfloat" };

# Perl's scalars: a string that spells a decimal number is that number ("3" from split is 3), the kind it
# stands for when compared with a number. Past 19 digits only Math::BigInt holds it exactly.
my $__tc_spelled = sub {
    my ($v) = @_;
    return CORE::length($v) > 19 ? "big" : "int" if $v =~ /\A-?[0-9]+\z/;
    return "float" if $v =~ /\A-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\z/;
    return "str";
};

my $__tc_float = sub { my ($v) = @_; CORE::ref $v ? 0 + $v->numify : 0 + $v };

my $__tc_close = sub {
    my ($a, $b, $tol) = @_;
    return 1 if $a != $a && $b != $b;
    return 1 if $a == $b;
    return 0 if $a != $a || $b != $b || CORE::abs($a) == $__tc_inf || CORE::abs($b) == $__tc_inf;
    my $diff = CORE::abs($a - $b);
    my $scale = CORE::abs($a) > CORE::abs($b) ? CORE::abs($a) : CORE::abs($b);
    my $bound = $tol->[0] * $scale;
    $bound = $tol->[1] if $tol->[1] > $bound;
    return $tol->[2] ? $diff < $bound : $diff <= $bound;
};

# Python's == on the values these stand for: arrays elementwise (lists and tuples alike), hashes by
# content, an expected set against any array as a set, integers exactly, floats within tol, booleans
# equal to 0 and 1 as in Python. $a is the actual value, $b the expected one.
my $__tc_equal;
$__tc_equal = sub {
    my ($a, $b, $tol) = @_;
    my ($ka, $kb) = ($__tc_kind->($a), $__tc_kind->($b));
    if ($ka eq "str" && $__tc_number->($kb)) { $ka = $__tc_spelled->($a) }
    elsif ($kb eq "str" && $__tc_number->($ka)) { $kb = $__tc_spelled->($b) }
    if ($__tc_number->($ka) && $__tc_number->($kb)) {
        if ($ka =~ /float/ || $kb =~ /float/) {
            return $__tc_close->($__tc_float->($a), $__tc_float->($b), $tol);
        }
        return (0 + $a) == (0 + $b) ? 1 : 0 if $ka ne "big" && $kb ne "big";
        CORE::require Math::BigInt;
        my ($x, $y) = map { CORE::ref $_ ? $_ : Math::BigInt->new($__tc_kind->($_) eq "str" ? $_ : 0 + $_) } ($a, $b);
        return $x->bcmp($y) == 0;
    }
    if ($ka eq "set" || $kb eq "set") {
        return 0 unless ($ka eq "set" || $ka eq "array") && ($kb eq "set" || $kb eq "array");
        for my $x (@$a) { return 0 unless grep { $__tc_equal->($x, $_, $tol) } @$b; }
        for my $y (@$b) { return 0 unless grep { $__tc_equal->($_, $y, $tol) } @$a; }
        return 1;
    }
    return 0 if $ka ne $kb;
    return 1 if $ka eq "undef";
    return $a eq $b ? 1 : 0 if $ka eq "str";
    if ($ka eq "array") {
        return 0 unless @$a == @$b;
        for my $i (0 .. $#$a) { return 0 unless $__tc_equal->($a->[$i], $b->[$i], $tol); }
        return 1;
    }
    if ($ka eq "hash") {
        return 0 unless CORE::keys(%$a) == CORE::keys(%$b);
        for my $k (CORE::keys %$b) {
            return 0 unless exists $a->{$k} && $__tc_equal->($a->{$k}, $b->{$k}, $tol);
        }
        return 1;
    }
    return 0;
};

# Python's truthiness of the value this stands for: "0" is a non-empty string, so true.
my $__tc_truthy = sub {
    my ($v) = @_;
    my $k = $__tc_kind->($v);
    return 0 if $k eq "undef";
    return $v ? 1 : 0 if $__tc_number->($k);
    return CORE::length($v) > 0 if $k eq "str";
    return @$v > 0 if $k eq "array" || $k eq "set";
    return CORE::keys(%$v) > 0 if $k eq "hash";
    return 1;
};

my $__tc_set_of = sub { bless [@{$_[0]}], "__tc::Set" };

# A hash key as the value it stands for: a canonical integer is that integer.
my $__tc_key = sub { my ($k) = @_; $k =~ /\A-?(?:0|[1-9][0-9]{0,17})\z/ ? 0 + $k : $k };

my $__tc_items = sub {
    my ($v) = @_;
    my $k = $__tc_kind->($v);
    return @$v if $k eq "array" || $k eq "set";
    return map { $__tc_key->($_) } CORE::keys %$v if $k eq "hash";
    return CORE::split //, $v if $k eq "str";
    CORE::die "TypeError: not iterable\n";
};

# Python's order: numbers by value, strings by code point, arrays item by item.
my $__tc_order;
$__tc_order = sub {
    my ($a, $b) = @_;
    my ($ka, $kb) = ($__tc_kind->($a), $__tc_kind->($b));
    if ($__tc_number->($ka) && $__tc_number->($kb)) { return (0 + $a) <=> (0 + $b) || 0; }
    if ($ka eq "array" && $kb eq "array") {
        for my $i (0 .. ($#$a < $#$b ? $#$a : $#$b)) {
            my $c = $__tc_order->($a->[$i], $b->[$i]);
            return $c if $c;
        }
        return @$a <=> @$b;
    }
    return "$a" cmp "$b";
};

# The conversions a Python assertion applied to the call: list(...), tuple(...), set(...), sorted(...).
my $__tc_list = sub { [$__tc_items->($_[0])] };
my $__tc_tuple = $__tc_list;
my $__tc_set = $__tc_list;  # compared as a set against the expected set
my $__tc_sorted = sub { [sort { $__tc_order->($a, $b) } $__tc_items->($_[0])] };

# A value in Perl's notation, read back by grammars/values_pl.lark: ASCII only, on one line.
my $__tc_show;
$__tc_show = sub {
    my ($v, $depth) = @_;
    return "..." if $depth > 1000;
    my $k = $__tc_kind->($v);
    return "undef" if $k eq "undef";
    return $v ? "!!1" : "!!0" if $k eq "bool";
    return "$v" if $k eq "int";
    if ($k eq "big") {
        my $s = Math::BigInt::bstr($v);
        return $s =~ /\A-?[0-9]+\z/ ? $s : ($s =~ /inf/i ? ($s =~ /-/ ? "-Inf" : "Inf") : "NaN");
    }
    if ($k eq "float" || $k eq "bigfloat") {
        $v = $__tc_float->($v);
        return "NaN" if $v != $v;
        return $v > 0 ? "Inf" : "-Inf" if CORE::abs($v) == $__tc_inf;
        my $s = CORE::sprintf("%.15g", $v);
        $s = CORE::sprintf("%.17g", $v) if 0 + $s != $v;
        $s .= ".0" unless $s =~ /[.eE]/;
        return $s;
    }
    if ($k eq "str") {
        my $s = $v;
        $s =~ s/([\\"\$\@])/\\$1/g;
        $s =~ s/\n/\\n/g;
        $s =~ s/\t/\\t/g;
        $s =~ s/\r/\\r/g;
        $s =~ s/([^\x20-\x7e])/"\\x{" . CORE::sprintf("%x", CORE::ord($1)) . "}"/ge;
        return "\"$s\"";
    }
    if ($k eq "array" || $k eq "set") {
        return "[" . CORE::join(", ", map { $__tc_show->($_, $depth + 1) } @$v) . "]";
    }
    if ($k eq "hash") {
        my @parts;
        for my $key (sort(CORE::keys %$v)) {
            my $shown = $key =~ /\A-?(?:0|[1-9][0-9]*)\z/ ? $key : $__tc_show->("" . $key, $depth + 1);
            push @parts, $shown . " => " . $__tc_show->($v->{$key}, $depth + 1);
        }
        return "{" . CORE::join(", ", @parts) . "}";
    }
    return "<" . CORE::ref($v) . ">";
};

my $__tc_line = sub {
    my ($text) = @_;
    $text =~ s/\r/\\r/g;
    $text =~ s/\n/\\n/g;
    # A solution may have printed a line without its newline: ours starts on a line of its own.
    $text = "\n" . $text . "\n";
    utf8::encode($text) if utf8::is_utf8($text);
    CORE::syswrite($__tc_out, $text);
};

my $__tc_report = sub {
    my ($index, $status, $detail) = @_;
    my $text = $__tc_nonce . " " . $index . " " . $status;
    $text .= " " . $detail if CORE::defined $detail && $detail ne "";
    $__tc_line->($text);
    $__tc_failures++ if $status ne "pass";
};

my $__tc_message = sub {
    my ($error) = @_;
    my $text = eval { CORE::defined $error ? "$error" : "" };  # an object's "" may die too
    $text = "" unless CORE::defined $text;
    $text =~ s/\s+\z//;
    return $text eq "" ? "died" : $text;
};

# The call, in scalar context (MultiPL-E's): (1, value) or (0, error).
my $__tc_call = sub {
    my ($thunk) = @_;
    local $@;
    local $SIG{__DIE__} = "DEFAULT";
    local $SIG{__WARN__} = "DEFAULT";
    my $value;
    my $ok = eval { $value = $thunk->(); 1 };
    return ($ok, $ok ? $value : $@);
};

my %__tc_relations = (
    equals => sub { $__tc_equal->($_[0], $_[1], $_[2]) },
    approx => sub { $__tc_equal->($_[0], $_[1], $_[2]) },
    not_equals => sub { !$__tc_equal->($_[0], $_[1], $_[2]) },
    truthy => sub { $__tc_truthy->($_[0]) },
    falsy => sub { !$__tc_truthy->($_[0]) },
    is_none => sub { !CORE::defined $_[0] },
    is_not_none => sub { CORE::defined $_[0] },
    is_true => sub { $__tc_kind->($_[0]) eq "bool" && $_[0] },
    is_false => sub { $__tc_kind->($_[0]) eq "bool" && !$_[0] },
    raises => sub { 0 },
);

my $__tc_check = sub {
    my ($index, $thunk, $relation, $expected, $tol) = @_;
    my ($ok, $actual) = $__tc_call->($thunk);
    if (!$ok) {
        return $__tc_report->($index, "pass") if $relation eq "raises";
        return $__tc_report->($index, "error", $__tc_message->($actual));
    }
    if ($__tc_relations{$relation}->($actual, $expected, $tol)) {
        $__tc_report->($index, "pass");
    } else {
        my $shown = eval { $__tc_show->($actual, 992) };
        $shown = "<unprintable>" unless CORE::defined $shown;
        $__tc_report->($index, "fail", ($relation eq "raises" ? "no error raised; got " : "got ") . $shown);
    }
};

# The value the call returned, for the executor to judge (the expected value is not in this program).
my $__tc_observe = sub {
    my ($index, $thunk) = @_;
    my ($ok, $actual) = $__tc_call->($thunk);
    if (!$ok) {
        $__tc_line->($__tc_nonce . " " . $index . " error " . $__tc_message->($actual));
        return;
    }
    my $shown = eval { $__tc_show->($actual, 0) };
    $__tc_line->($__tc_nonce . " " . $index . " value " . (CORE::defined $shown ? $shown : "<unprintable>"));
};

my $__tc_finish_observed = sub {
    $__tc_line->($__tc_nonce . " done");
    CORE::exit(0);
};

my $__tc_finish = sub {
    my ($count) = @_;
    $__tc_line->($__tc_nonce . " done " . ($count - $__tc_failures) . " " . $__tc_failures);
    CORE::exit($__tc_failures == 0 ? 0 : 1);
};
