<?php
function running_sum($numbers) {
    $result = [];
    $total = 0;
    foreach ($numbers as $x) {
        $total += $x;
        $result[] = $total;
    }
    return $result;
}
