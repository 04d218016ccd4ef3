sub common_elements {
    my($a, $b) = @_;
    my %in_b = map { $_ => 1 } @$b;
    return [grep { $in_b{$_} } @$a];
}
