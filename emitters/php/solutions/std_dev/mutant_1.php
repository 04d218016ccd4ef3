// expect-fail: 17 26 27
// Mutant: always divides by n (ddof only used for validation).
<?php
function std_dev($values, $ddof = 0) {
    $n = count($values);
    if ($n - $ddof <= 0) {
        throw new ValueError("not enough values");
    }
    $mean = array_sum($values) / $n;
    $squares = 0.0;
    foreach ($values as $v) {
        $squares += ($v - $mean) * ($v - $mean);
    }
    return sqrt($squares / $n);
}
