# expect-fail: 32
# Mutant: only rejects a zero bucket, not a negative one.
sub histogram {
    my($values, $bucket) = @_;
    $bucket //= 1;
    die "ValueError: bucket must be positive\n" if $bucket == 0;
    my %counts;
    for my $v (@$values) {
        my $q = int($v / $bucket);
        $q-- if $q * $bucket > $v;  # floor division
        $counts{$q * $bucket}++;
    }
    return \%counts;
}
