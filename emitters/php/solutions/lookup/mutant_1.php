// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
<?php
function lookup($table, $key, $default = null) {
    $value = $table[$key] ?? null;
    return $value === null || $value === "" ? $default : $value;
}
