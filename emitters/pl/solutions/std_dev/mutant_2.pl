# expect-fail: 16 17 18 20
# Mutant: the mean uses floor division.
use POSIX qw(floor);
sub std_dev {
    my($values, $ddof) = @_;
    $ddof //= 0;
    my $n = @$values;
    die "ValueError: not enough values\n" if $n - $ddof <= 0;
    my $total = 0;
    $total += $_ for @$values;
    my $mean = floor($total / $n);
    my $squares = 0.0;
    $squares += ($_ - $mean) ** 2 for @$values;
    return sqrt($squares / ($n - $ddof));
}
