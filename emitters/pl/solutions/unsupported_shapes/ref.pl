sub double {
    my($x) = @_;
    return 2 * $x;
}
