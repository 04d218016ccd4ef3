<?php
function int_pow($base, $exp) {
    if ($exp < 0) {
        throw new ValueError("negative exponent");
    }
    $result = 1;
    for ($i = 0; $i < $exp; $i++) {
        $result *= $base;
    }
    return $result;
}
