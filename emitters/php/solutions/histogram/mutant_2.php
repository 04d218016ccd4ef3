// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
<?php
function histogram($values, $bucket = 1) {
    if ($bucket === 0) {
        throw new ValueError("bucket must be positive");
    }
    $counts = [];
    foreach ($values as $v) {
        $key = (intdiv($v, $bucket) - ($v % $bucket !== 0 && ($v < 0) !== ($bucket < 0) ? 1 : 0)) * $bucket;
        $counts[$key] = ($counts[$key] ?? 0) + 1;
    }
    return $counts;
}
