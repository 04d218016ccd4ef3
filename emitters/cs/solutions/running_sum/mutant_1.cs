// expect-fail: 24 25 28
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return the running (prefix) sums of numbers: element i of the result is
    // numbers[0] + numbers[1] + ... + numbers[i]. An empty input gives an empty list.
    // For example, running_sum([1, 2, 3]) returns [1, 3, 6].
    public static List<double> RunningSum(List<double> numbers) {
        var r = new List<double>();
        double acc = 0;
        foreach (double x in numbers) { acc += Math.Abs(x); r.Add(acc); }
        return r;
