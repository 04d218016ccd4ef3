sub running_sum {
    my($numbers) = @_;
    my $total = 0;
    return [map { $total += $_ } @$numbers];
}
