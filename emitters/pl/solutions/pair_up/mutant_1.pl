# expect-fail: 18 23
# Mutant: ignores overlap.
sub pair_up {
    my($items, $overlap) = @_;
    my $step = 2;
    my @out;
    for (my $i = 0; $i + 1 < @$items; $i += $step) {
        push @out, [$items->[$i], $items->[$i + 1]];
    }
    return \@out;
}
