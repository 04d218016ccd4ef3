# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
sub running_sum {
    my($numbers) = @_;
    my $total = 0;
    return [map { $total += abs($_) } @$numbers];
}
