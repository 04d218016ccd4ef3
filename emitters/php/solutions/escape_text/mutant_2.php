// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
<?php
function escape_text($text, $quote = "\"") {
    $out = "";
    for ($i = 0; $i < strlen($text); $i++) {
        $ch = $text[$i];
        if ($ch === "\\") {
            $out .= "\\\\";
        } elseif ($ch === $quote || $ch === "'" || $ch === '"') {
            $out .= "\\" . $ch;
        } elseif ($ch === "\n") {
            $out .= "\\n";
        } elseif ($ch === "\t") {
            $out .= "\\t";
        } elseif ($ch === "\r") {
            $out .= "\\r";
        } else {
            $out .= $ch;
        }
    }
    return $out;
}
