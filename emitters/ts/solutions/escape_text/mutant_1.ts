// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
function escape_text(text: string, quote: string = "\""): string {
  let out = "";
  for (const ch of text) {
    if (ch === quote) out += "\\" + quote;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else out += ch;
  }
  return out;
}
