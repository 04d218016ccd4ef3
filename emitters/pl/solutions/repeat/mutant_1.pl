# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
sub repeat {
    my($s, $n, $sep, $end) = @_;
    $sep //= "";
    $end //= "";
    return $end if $n <= 0;
    return $end . join($sep, ($s) x $n);
}
