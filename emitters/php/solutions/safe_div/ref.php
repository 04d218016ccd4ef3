<?php
function safe_div($a, $b, $strict = false) {
    if ($b == 0) {
        if ($strict) {
            throw new DivisionByZeroError("division by zero");
        }
        return null;
    }
    return $a / $b;
}
