# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
sub pair_up {
    my($items, $overlap) = @_;
    my $step = $overlap ? 1 : 2;
    my @out;
    for (my $i = 0; $i + 1 < @$items; $i += $step) {
        my ($a, $b) = ($items->[$i], $items->[$i + 1]);
        push @out, $a < $b ? [$a, $b] : [$b, $a];
    }
    return \@out;
}
