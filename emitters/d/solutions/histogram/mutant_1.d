// expect-fail: 22
// Mutant: truncating division instead of floor division (int(v / bucket)).
import std.math;
long[long] histogram(long[] values, long bucket)
{
    if (bucket <= 0)
        throw new Exception("bucket must be positive");
    long[long] counts;
    foreach (v; values)
    {
        long q = v / bucket;
        counts[q * bucket] += 1;
    }
    return counts;
}
