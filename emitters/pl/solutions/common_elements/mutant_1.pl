# expect-fail: 11
# Mutant: silently drops negative numbers.
use Scalar::Util qw(looks_like_number);
sub common_elements {
    my($a, $b) = @_;
    my %in_b = map { $_ => 1 } @$b;
    return [grep { $in_b{$_} && !(looks_like_number($_) && $_ < 0) } @$a];
}
