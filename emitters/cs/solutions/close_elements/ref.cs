using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Check if in given list of numbers, are any two numbers closer to each other than
    // given threshold.
    // >>> HasCloseElements(new List<double>{1.0, 2.0, 3.0}, 0.5)
    // false
    // >>> HasCloseElements(new List<double>{1.0, 2.8, 3.0, 4.0, 5.0, 2.0}, 0.3)
    // true
    public static bool HasCloseElements(List<double> numbers, double threshold) {
        var sorted = numbers.OrderBy(x => x).ToList();
        for (int i = 1; i < sorted.Count; i++) if (sorted[i] - sorted[i - 1] < threshold) return true;
        return false;
