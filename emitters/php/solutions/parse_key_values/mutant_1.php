// expect-fail: 23 24
// Mutant: a repeated key replaces the earlier list instead of extending it.
<?php
function parse_key_values($text, $sep = ";") {
    if ($sep === "") {
        throw new ValueError("empty separator");
    }
    $result = [];
    foreach (explode($sep, $text) as $entry) {
        if (trim($entry) === "") {
            continue;
        }
        $eq = strpos($entry, "=");
        if ($eq === false) {
            throw new ValueError("missing '=' in entry: " . $entry);
        }
        $key = trim(substr($entry, 0, $eq));
        $result[$key] = [];
        foreach (explode(",", substr($entry, $eq + 1)) as $item) {
            $s = trim($item);
            if ($s === "") {
                continue;
            }
            if (!preg_match('/^[+-]?[0-9]+$/', $s)) {
                throw new ValueError("invalid integer: " . $s);
            }
            $result[$key][] = intval($s);
        }
    }
    return $result;
}
