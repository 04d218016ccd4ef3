using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Parse entries of the form "key=1,2,3", separated by sep, into a dict that maps
    // each key to its list of integers.
    // Whitespace around entries, keys and numbers is ignored; blank entries and blank
    // numbers are skipped; a key with nothing after "=" maps to an empty list; a key that
    // appears again extends its list. An entry without "=" raises ValueError.
    public static Dictionary<string, List<long>> ParseKeyValues(string text, string sep) {
        var r = new Dictionary<string, List<long>>();
        foreach (var raw in text.Split(new[] { sep }, StringSplitOptions.None)) {
            var entry = raw.Trim();
            if (entry.Length == 0) continue;
            int eq = entry.IndexOf('=');
            if (eq < 0) throw new ArgumentException("an entry without =");
            var key = entry.Substring(0, eq).Trim();
            if (!r.ContainsKey(key)) r[key] = new List<long>();
            foreach (var num in entry.Substring(eq + 1).Split(',')) {
                var n = num.Trim();
                if (n.Length > 0) r[key].Add(long.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return r;
