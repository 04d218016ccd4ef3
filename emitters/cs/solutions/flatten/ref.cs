using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Flatten nested lists, keeping the items in order.
    // depth limits how many levels of nesting are removed: 0 returns a copy of the
    // list, 1 removes one level, and a negative depth (the default) flattens completely.
    // Items that are not lists are kept as they are.
    public static List<long> Flatten(List<List<long>> nested, long depth) {
        return nested.SelectMany(x => x).ToList();
