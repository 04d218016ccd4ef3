sub repeat {
    my($s, $n, $sep, $end) = @_;
    $sep //= "";
    $end //= "";
    return $end if $n <= 0;
    return join($sep, ($s) x $n) . $end;
}
