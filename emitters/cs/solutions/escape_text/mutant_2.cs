// expect-fail: 17
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Escape text for use inside a string literal delimited by quote.
    // A backslash becomes \\, the quote character becomes \ followed by the quote,
    // a newline becomes \n, a tab becomes \t and a carriage return becomes \r.
    // Everything else (the other quote character, $, %, non-ASCII text) is kept.
    public static string EscapeText(string text, string quote) {
        var b = new StringBuilder();
        foreach (char c in text) {
            if (c == '\\') b.Append("\\\\");
            else if (c == '"' || c == '\'') b.Append('\\').Append(c);
            else if (c == '\n') b.Append("\\n");
            else if (c == '\t') b.Append("\\t");
            else if (c == '\r') b.Append("\\r");
            else b.Append(c);
        }
        return b.ToString();
