sub pair_up {
    my($items, $overlap) = @_;
    my $step = $overlap ? 1 : 2;
    my @out;
    for (my $i = 0; $i + 1 < @$items; $i += $step) {
        push @out, [$items->[$i], $items->[$i + 1]];
    }
    return \@out;
}
