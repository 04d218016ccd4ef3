<?php
function common_elements($a, $b) {
    return array_values(array_intersect($a, $b));
}
