import std.math;
long[long] histogram(long[] values, long bucket)
{
    if (bucket <= 0)
        throw new Exception("bucket must be positive");
    long[long] counts;
    foreach (v; values)
    {
        long q = v / bucket;
        if (v % bucket != 0 && (v < 0) != (bucket < 0))
            q -= 1;
        counts[q * bucket] += 1;
    }
    return counts;
}
