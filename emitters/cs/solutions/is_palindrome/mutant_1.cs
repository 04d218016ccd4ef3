// expect-fail: 17
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
        if (ignore_case) text = text.ToLowerInvariant();
        for (int i = 0, j = text.Length - 1; i < j; i++, j--) if (text[i] != text[j]) return false;
        return true;
