// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
function escape_text(text: string, quote: string = "\""): string {
  let out = "";
  for (const ch of text) {
    if (ch === "\\") out += "\\\\";
    else if (ch === "\"" || ch === "'") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else out += ch;
  }
  return out;
}
