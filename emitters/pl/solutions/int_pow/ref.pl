use Math::BigInt;
sub int_pow {
    my($base, $exp) = @_;
    die "ValueError: negative exponent\n" if $exp < 0;
    my $result = Math::BigInt->new(1);
    $result *= $base for 1 .. $exp;
    return $result;
}
