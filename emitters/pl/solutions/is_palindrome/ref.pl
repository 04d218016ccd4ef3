sub is_palindrome {
    my($text, $ignore_case) = @_;
    $text = lc($text) if $ignore_case;
    return $text eq scalar reverse($text);
}
