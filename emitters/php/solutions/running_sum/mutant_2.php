// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
<?php
function running_sum($numbers) {
    $result = [];
    $total = 0;
    foreach ($numbers as $x) {
        $total += (int) $x;
        $result[] = $total;
    }
    return $result;
}
