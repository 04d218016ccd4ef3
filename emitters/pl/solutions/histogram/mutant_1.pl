# expect-fail: 22
# Mutant: truncating division instead of floor division.
sub histogram {
    my($values, $bucket) = @_;
    $bucket //= 1;
    die "ValueError: bucket must be positive\n" if $bucket <= 0;
    my %counts;
    for my $v (@$values) {
        my $q = int($v / $bucket);
        $counts{$q * $bucket}++;
    }
    return \%counts;
}
