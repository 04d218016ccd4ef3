// expect-fail: 5 15
// Mutant: drops a short last chunk.
<?php
function chunk($items, $size) {
    if ($size <= 0) {
        throw new ValueError("size must be positive");
    }
    $out = [];
    for ($i = 0; $i + $size <= count($items); $i += $size) {
        $out[] = array_slice($items, $i, $size);
    }
    return $out;
}
