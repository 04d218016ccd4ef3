using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Group items into pairs.
    // Without overlap the items are taken two at a time and an odd last item is
    // dropped; with overlap every item is paired with the one after it.
    // >>> PairUp(new List<long>{1L, 2L, 3L, 4L}, false)
    // new List<Tuple<long, long>>{new Tuple<long, long>(1L, 2L), new Tuple<long, long>(3L, 4L)}
    // >>> PairUp(new List<long>{1L, 2L, 3L}, false)
    // new List<Tuple<long, long>>{new Tuple<long, long>(1L, 2L)}
    // >>> PairUp(new List<long>(), false)
    // new List<Tuple<long, long>>()
    // >>> PairUp(new List<long>{7L}, false)
    // new List<Tuple<long, long>>()
    // >>> PairUp(new List<long>{1L, 2L, 3L}, true)
    // new List<Tuple<long, long>>{new Tuple<long, long>(1L, 2L), new Tuple<long, long>(2L, 3L)}
    // >>> PairUp(new List<long>{5L, -5L, -6L, 6L}, false)
    // new List<Tuple<long, long>>{new Tuple<long, long>(5L, -5L), new Tuple<long, long>(-6L, 6L)}
    // >>> PairUp(new List<long>{1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L}, true)
    // new List<Tuple<long, long>>{new Tuple<long, long>(1L, 2L), new Tuple<long, long>(2L, 3L), new Tuple<long, long>(3L, 4L), new Tuple<long, long>(4L, 5L), new Tuple<long, long>(5L, 6L), new Tuple<long, long>(6L, 7L), new Tuple<long, long>(7L, 8L), new Tuple<long, long>(8L, 9L), new Tuple<long, long>(9L, 10L), new Tuple<long, long>(10L, 11L), new Tuple<long, long>(11L, 12L), new Tuple<long, long>(12L, 13L), new Tuple<long, long>(13L, 14L), new Tuple<long, long>(14L, 15L), new Tuple<long, long>(15L, 16L)}
    public static List<Tuple<long, long>> PairUp(List<long> items, bool overlap) {
        var r = new List<Tuple<long, long>>();
        int step = overlap ? 1 : 2;
        for (int i = 0; i + 1 < items.Count; i += step) r.Add(Tuple.Create(items[i], items[i + 1]));
        return r;
