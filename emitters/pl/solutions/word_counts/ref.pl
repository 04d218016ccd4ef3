use feature "unicode_strings";
sub word_counts {
    my($text, $min_length) = @_;
    $min_length //= 1;
    die "ValueError: min_length must be positive\n" if $min_length < 1;
    my %counts;
    for my $word (split " ", lc($text)) {
        $counts{$word}++ if length($word) >= $min_length;
    }
    return \%counts;
}
