sub escape_text {
    my($text, $quote) = @_;
    $quote //= '"';
    my $out = "";
    for my $ch (split //, $text) {
        if ($ch eq "\\") { $out .= "\\\\"; }
        elsif ($ch eq $quote) { $out .= "\\" . $ch; }
        elsif ($ch eq "\n") { $out .= "\\n"; }
        elsif ($ch eq "\t") { $out .= "\\t"; }
        elsif ($ch eq "\r") { $out .= "\\r"; }
        else { $out .= $ch; }
    }
    return $out;
}
