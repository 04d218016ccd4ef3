# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
sub unique_sorted {
    my($values, $reverse) = @_;
    my %seen;
    my @out = sort { $a <=> $b } @$values;
    return $reverse ? [reverse @out] : \@out;
}
