// expect-fail: 10 13 17 20
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return the distinct values in ascending order, or descending order if reverse is true.
    public static List<long> UniqueSorted(List<long> values, bool reverse) {
        var r = values.OrderBy(x => x).ToList();
        if (reverse) r.Reverse();
        return r;
