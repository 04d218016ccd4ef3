# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of true / false.
sub is_palindrome {
    my($text, $ignore_case) = @_;
    $text = lc($text) if $ignore_case;
    return $text eq scalar reverse($text) ? 1 : 0;
}
