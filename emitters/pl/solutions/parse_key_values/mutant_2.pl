# expect-fail: 18 35
# Mutant: keys are not stripped of surrounding whitespace.
sub parse_key_values {
    my($text, $sep) = @_;
    $sep //= ";";
    die "ValueError: empty separator\n" if $sep eq "";
    my %result;
    for my $entry (split /\Q$sep\E/, $text) {
        next if $entry =~ /\A\s*\z/;
        my $eq = index($entry, "=");
        die "ValueError: missing '=' in entry: $entry\n" if $eq < 0;
        my $key = substr($entry, 0, $eq);
        my $values = $result{$key} //= [];
        for my $item (split /,/, substr($entry, $eq + 1)) {
            $item =~ s/\A\s+|\s+\z//g;
            next if $item eq "";
            die "ValueError: invalid integer: $item\n" unless $item =~ /\A[+-]?\d+\z/;
            push @$values, 0 + $item;
        }
    }
    return \%result;
}
