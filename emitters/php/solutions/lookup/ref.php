<?php
function lookup($table, $key, $default = null) {
    return array_key_exists($key, $table) ? $table[$key] : $default;
}
