<?php
function pair_up($items, $overlap = false) {
    $out = [];
    $step = $overlap ? 1 : 2;
    for ($i = 0; $i + 1 < count($items); $i += $step) {
        $out[] = [$items[$i], $items[$i + 1]];
    }
    return $out;
}
