<?php
function is_palindrome($text, $ignore_case = false) {
    if ($ignore_case) {
        $text = strtolower($text);
    }
    $points = preg_split('//u', $text, -1, PREG_SPLIT_NO_EMPTY);
    return $points === array_reverse($points);
}
