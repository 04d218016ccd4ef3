// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
<?php
function int_pow($base, $exp) {
    if ($exp < 0) {
        throw new ValueError("negative exponent");
    }
    $result = $base;
    for ($i = 0; $i < $exp - 1; $i++) {
        $result *= $base;
    }
    return $result;
}
