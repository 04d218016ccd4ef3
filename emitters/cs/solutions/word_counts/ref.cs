using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Count the words of text that have at least min_length characters, ignoring case.
    public static Dictionary<string, long> WordCounts(string text, long min_length) {
        if (min_length < 1) throw new ArgumentException("min_length must be positive");
        var counts = new Dictionary<string, long>();
        foreach (var w in text.Split((char[])null, StringSplitOptions.RemoveEmptyEntries)) {
            if (w.Length < min_length) continue;
            var k = w.ToLowerInvariant();
            counts[k] = counts.TryGetValue(k, out long c) ? c + 1 : 1;
        }
        return counts;
