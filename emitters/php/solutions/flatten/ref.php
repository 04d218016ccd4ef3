<?php
function flatten($nested, $depth = -1) {
    $out = [];
    $walk = function ($items, $d) use (&$walk, &$out) {
        foreach ($items as $x) {
            if (is_array($x) && $d !== 0) {
                $walk($x, $d - 1);
            } else {
                $out[] = $x;
            }
        }
    };
    $walk($nested, $depth);
    return $out;
}
