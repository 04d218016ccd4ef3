# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
sub is_palindrome {
    my($text, $ignore_case) = @_;
    $text = lc($text) if $ignore_case;
    utf8::encode($text);
    return $text eq scalar reverse($text);
}
