import std.math;
long[] flatten(long[][] nested, long depth)
{
    // The items of nested are lists of ints: one level of nesting can be removed. depth 0 would keep the
    // inner lists, which a long[] cannot hold.
    if (depth == 0)
        throw new Exception("flatten: depth 0 keeps the nested lists");
    long[] out_;
    foreach (inner; nested)
        out_ ~= inner;
    return out_;
}
