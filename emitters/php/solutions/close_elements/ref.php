<?php
function has_close_elements($numbers, $threshold) {
    sort($numbers);
    for ($i = 1; $i < count($numbers); $i++) {
        if ($numbers[$i] - $numbers[$i - 1] < $threshold) {
            return true;
        }
    }
    return false;
}
