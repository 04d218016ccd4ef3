# expect-fail: 28 29
# Mutant: returns 0 instead of undef for a zero divisor.
sub safe_div {
    my($a, $b, $strict) = @_;
    if ($b == 0) {
        die "ZeroDivisionError: division by zero\n" if $strict;
        return 0;
    }
    return $a / $b;
}
