# expect-fail: 24 25
# Mutant: ignores reverse.
sub unique_sorted {
    my($values, $reverse) = @_;
    my %seen;
    my @out = sort { $a <=> $b } grep { !$seen{$_}++ } @$values;
    return \@out;
}
