# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
sub running_sum {
    my($numbers) = @_;
    my $total = 0;
    return [map { $total += int($_) } @$numbers];
}
