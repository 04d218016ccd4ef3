sub has_close_elements {
    my($numbers, $threshold) = @_;
    my @ordered = sort { $a <=> $b } @$numbers;
    for my $i (1 .. $#ordered) {
        return !!1 if $ordered[$i] - $ordered[$i - 1] < $threshold;
    }
    return !!0;
}
