<?php
function chunk($items, $size) {
    if ($size <= 0) {
        throw new ValueError("size must be positive");
    }
    return array_chunk($items, $size);
}
