sub chunk {
    my($items, $size) = @_;
    die "ValueError: size must be positive\n" if $size <= 0;
    my @out;
    for (my $i = 0; $i < @$items; $i += $size) {
        my $last = $i + $size - 1 < $#$items ? $i + $size - 1 : $#$items;
        push @out, [@$items[$i .. $last]];
    }
    return \@out;
}
