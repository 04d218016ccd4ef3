<?php
function unique_sorted($values, $reverse = false) {
    $out = array_values(array_unique($values));
    if ($reverse) {
        rsort($out);
    } else {
        sort($out);
    }
    return $out;
}
