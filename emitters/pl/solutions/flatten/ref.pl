sub flatten {
    my($nested, $depth) = @_;
    $depth //= -1;
    my @out;
    my $walk;
    $walk = sub {
        my ($items, $d) = @_;
        for my $x (@$items) {
            if (ref($x) eq "ARRAY" && $d != 0) { $walk->($x, $d - 1); }
            else { push @out, $x; }
        }
    };
    $walk->($nested, $depth);
    return \@out;
}
