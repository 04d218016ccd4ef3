// expect-fail: 32
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Count how many values fall into each bucket.
    // A value v belongs to the bucket whose key is (v // bucket) * bucket (floor
    // division, so negative values go to the bucket below them). Buckets without
    // values are absent from the result. Raise ValueError if bucket is not positive.
    public static Dictionary<long, long> Histogram(List<long> values, long bucket) {
        var counts = new Dictionary<long, long>();
        foreach (long v in values) {
            long q = v / bucket;
            if (v % bucket != 0 && v < 0) q -= 1;
            long key = q * bucket;
            counts[key] = counts.TryGetValue(key, out long n) ? n + 1 : 1;
        }
        return counts;
