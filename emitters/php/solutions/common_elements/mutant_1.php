// expect-fail: 11
// Mutant: silently drops negative numbers.
<?php
function common_elements($a, $b) {
    return array_values(array_filter(array_intersect($a, $b), fn($x) => !(is_int($x) && $x < 0)));
}
