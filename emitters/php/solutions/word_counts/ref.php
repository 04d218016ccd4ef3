<?php
function word_counts($text, $min_length = 1) {
    if ($min_length < 1) {
        throw new ValueError("min_length must be positive");
    }
    $counts = [];
    foreach (preg_split('/\s+/', $text, -1, PREG_SPLIT_NO_EMPTY) as $word) {
        $word = strtr(strtolower($word), ["\u{c9}" => "\u{e9}"]);  // strtolower is ASCII-only
        if (preg_match_all('/./us', $word) >= $min_length) {
            $counts[$word] = ($counts[$word] ?? 0) + 1;
        }
    }
    return $counts;
}
