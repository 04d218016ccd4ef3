// expect-fail: 31 32
// Mutant: ignores strict and never raises.
<?php
function safe_div($a, $b, $strict = false) {
    if ($b == 0) {
        
        return null;
    }
    return $a / $b;
}
