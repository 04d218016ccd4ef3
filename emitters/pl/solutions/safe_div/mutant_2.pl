# expect-fail: 31 32
# Mutant: ignores strict and never raises.
sub safe_div {
    my($a, $b, $strict) = @_;
    if ($b == 0) {
        return undef;
    }
    return $a / $b;
}
