sub safe_div {
    my($a, $b, $strict) = @_;
    if ($b == 0) {
        die "ZeroDivisionError: division by zero\n" if $strict;
        return undef;
    }
    return $a / $b;
}
