# expect-fail: 5 15
# Mutant: drops a short last chunk.
sub chunk {
    my($items, $size) = @_;
    die "ValueError: size must be positive\n" if $size <= 0;
    my @out;
    for (my $i = 0; $i + $size <= @$items; $i += $size) {
        push @out, [@$items[$i .. $i + $size - 1]];
    }
    return \@out;
}
