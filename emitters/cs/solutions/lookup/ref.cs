using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return table[key], or default when key is not in table.
    // A key that is present always wins, even when its value is the empty string.
    public static string Lookup(Dictionary<long, string> table, long key, string default_) {
        string v;
        return table.TryGetValue(key, out v) ? v : default_;
