// expect-fail: 22
// Mutant: truncating division instead of floor division.
<?php
function histogram($values, $bucket = 1) {
    if ($bucket <= 0) {
        throw new ValueError("bucket must be positive");
    }
    $counts = [];
    foreach ($values as $v) {
        $key = intdiv($v, $bucket) * $bucket;
        $counts[$key] = ($counts[$key] ?? 0) + 1;
    }
    return $counts;
}
