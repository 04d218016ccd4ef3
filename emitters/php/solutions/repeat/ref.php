<?php
function repeat($s, $n, $sep = "", $end = "") {
    if ($n <= 0) {
        return $end;
    }
    return implode($sep, array_fill(0, $n, $s)) . $end;
}
