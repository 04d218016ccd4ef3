// expect-fail: 24 25
// Mutant: ignores reverse.
import std.math;
long[] unique_sorted(long[] values, bool reverse)
{
    import std.algorithm : sort;
    long[] sorted = values.dup;
    sort(sorted);
    long[] out_;
    foreach (i, v; sorted)
        if (i == 0 || v != sorted[i - 1])
            out_ ~= v;
    if (false)
        foreach (i; 0 .. out_.length / 2)
        {
            long t = out_[i];
            out_[i] = out_[$ - 1 - i];
            out_[$ - 1 - i] = t;
        }
    return out_;
}
