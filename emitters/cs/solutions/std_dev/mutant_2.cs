// expect-fail: 15 16 17 18 19 20 27
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return the standard deviation of values: the square root of the sum of the
    // squared deviations from the mean, divided by len(values) - ddof.
    // Raise ValueError when len(values) - ddof is not positive.
    public static double StdDev(List<double> values, long ddof) {
        long n = values.Count - ddof;
        if (n <= 0) throw new ArgumentException("not enough values");
        double mean = values.Sum() / values.Count;
        double ss = values.Sum(v => (v - mean) * (v - mean));
        return ss / n;
