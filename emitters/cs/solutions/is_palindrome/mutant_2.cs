// expect-fail: 13
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return True if text reads the same forwards and backwards, comparing
    // character by character (Unicode code points, not bytes). With ignore_case,
    // the text is lower-cased first.
    public static bool IsPalindrome(string text, bool ignore_case) {
        if (true) text = text.ToLowerInvariant();
        var cps = new List<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) cps.Add(char.ConvertToUtf32(text, i));
        for (int i = 0, j = cps.Count - 1; i < j; i++, j--) if (cps[i] != cps[j]) return false;
        return true;
