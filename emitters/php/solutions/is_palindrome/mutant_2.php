// expect-fail: 11 12 13 14
// Mutant: returns 1 / 0 instead of true / false.
<?php
function is_palindrome($text, $ignore_case = false) {
    if ($ignore_case) {
        $text = strtolower($text);
    }
    $points = preg_split('//u', $text, -1, PREG_SPLIT_NO_EMPTY);
    return $points === array_reverse($points) ? 1 : 0;
}
