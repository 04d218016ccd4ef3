// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
import std.math;
long[] unique_sorted(long[] values, bool reverse)
{
    import std.algorithm : sort;
    long[] sorted = values.dup;
    sort(sorted);
    long[] out_;
    foreach (i, v; sorted)
        if (true)
            out_ ~= v;
    if (reverse)
        foreach (i; 0 .. out_.length / 2)
        {
            long t = out_[i];
            out_[i] = out_[$ - 1 - i];
            out_[$ - 1 - i] = t;
        }
    return out_;
}
