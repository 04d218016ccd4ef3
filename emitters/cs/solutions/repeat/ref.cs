using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return n copies of s joined by sep, followed by end.
    // When n is zero or negative the result is just end.
    public static string Repeat(string s, long n, string sep, string end) {
        if (n <= 0) return end;
        return string.Join(sep, Enumerable.Repeat(s, (int)n)) + end;
