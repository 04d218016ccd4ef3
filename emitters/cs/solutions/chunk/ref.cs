using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Split items into consecutive chunks of length size; the last chunk may be
    // shorter. Raise ValueError if size is not positive.
    // >>> chunk([1, 2, 3, 4, 5, 6, 7], 3)
    // [[1, 2, 3], [4, 5, 6], [7]]
    // >>> Chunk(new List<string>{"a", "b", "c", "d"}, 2L)
    // new List<List<string>>{new List<string>{"a", "b"}, new List<string>{"c", "d"}}
    // >>> Chunk(new List<string>{"it's", "ok"}, 1L)
    // new List<List<string>>{new List<string>{"it's"}, new List<string>{"ok"}}
    // >>> Chunk(new List<string>(), 4L)
    // new List<List<string>>()
    // >>> chunk([[1], [2, 3]], size=1)
    // [[[1]], [[2, 3]]]
    // >>> chunk([0.5, -1.25, 2.0], 2)
    // [[0.5, -1.25], [2.0]]
    // >>> Chunk(new List<string>{"x"}, 0L)
    // Traceback (most recent call last):
    // ...
    // ValueError: size must be positive
    public static List<List<string>> Chunk(List<string> items, long size) {
        if (size <= 0) throw new ArgumentException("size must be positive");
        var result = new List<List<string>>();
        for (int i = 0; i < items.Count; i += (int)size) result.Add(items.Skip(i).Take((int)size).ToList());
        return result;
