// expect-fail: 16 17 18 20
// Mutant: the mean uses floor division.
<?php
function std_dev($values, $ddof = 0) {
    $n = count($values);
    if ($n - $ddof <= 0) {
        throw new ValueError("not enough values");
    }
    $mean = floor(array_sum($values) / $n);
    $squares = 0.0;
    foreach ($values as $v) {
        $squares += ($v - $mean) * ($v - $mean);
    }
    return sqrt($squares / ($n - $ddof));
}
