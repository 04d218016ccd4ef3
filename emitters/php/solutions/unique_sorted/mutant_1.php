// expect-fail: 24 25
// Mutant: ignores reverse.
<?php
function unique_sorted($values, $reverse = false) {
    $out = array_values(array_unique($values));
    if ($reverse && false) {
        rsort($out);
    } else {
        sort($out);
    }
    return $out;
}
