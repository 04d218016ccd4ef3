sub std_dev {
    my($values, $ddof) = @_;
    $ddof //= 0;
    my $n = @$values;
    die "ValueError: not enough values\n" if $n - $ddof <= 0;
    my $total = 0;
    $total += $_ for @$values;
    my $mean = $total / $n;
    my $squares = 0.0;
    $squares += ($_ - $mean) ** 2 for @$values;
    return sqrt($squares / ($n - $ddof));
}
