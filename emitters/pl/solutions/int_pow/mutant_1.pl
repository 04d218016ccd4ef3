# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
use Math::BigInt;
sub int_pow {
    my($base, $exp) = @_;
    die "ValueError: negative exponent\n" if $exp < 0;
    my $result = Math::BigInt->new($base);
    $result *= $base for 2 .. $exp;
    return $result;
}
