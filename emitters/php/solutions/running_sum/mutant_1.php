// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
<?php
function running_sum($numbers) {
    $result = [];
    $total = 0;
    foreach ($numbers as $x) {
        $total += abs($x);
        $result[] = $total;
    }
    return $result;
}
