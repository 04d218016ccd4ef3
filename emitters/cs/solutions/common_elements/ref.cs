using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return the set of the elements that are in both a and b.
    public static HashSet<long> CommonElements(HashSet<long> a, HashSet<long> b) {
        var r = new HashSet<long>(a);
        r.IntersectWith(b);
        return r;
