// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
<?php
function unique_sorted($values, $reverse = false) {
    $out = $values;
    if ($reverse) {
        rsort($out);
    } else {
        sort($out);
    }
    return $out;
}
