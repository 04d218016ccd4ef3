// expect-fail: 28 29
// Mutant: returns 0 instead of null for a zero divisor.
<?php
function safe_div($a, $b, $strict = false) {
    if ($b == 0) {
        if ($strict) {
            throw new DivisionByZeroError("division by zero");
        }
        return 0;
    }
    return $a / $b;
}
