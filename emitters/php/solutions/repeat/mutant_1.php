// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
<?php
function repeat($s, $n, $sep = "", $end = "") {
    if ($n <= 0) {
        return $end;
    }
    return $end . implode($sep, array_fill(0, $n, $s));
}
