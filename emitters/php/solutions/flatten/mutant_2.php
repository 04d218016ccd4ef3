// expect-fail: 14 16 21 22 23
// Mutant: a negative depth behaves like 0 instead of "flatten completely".
<?php
function flatten($nested, $depth = -1) {
    $out = [];
    $walk = function ($items, $d) use (&$walk, &$out) {
        foreach ($items as $x) {
            if (is_array($x) && $d > 0) {
                $walk($x, $d - 1);
            } else {
                $out[] = $x;
            }
        }
    };
    $walk($nested, $depth);
    return $out;
}
