// expect-fail: 18 23
// Mutant: ignores overlap.
import std.math;
import std.typecons;
Tuple!(long, long)[] pair_up(long[] items, bool overlap)
{
    size_t step = overlap ? 2 : 2;
    Tuple!(long, long)[] out_;
    for (size_t i = 0; i + 1 < items.length; i += step)
        out_ ~= tuple(items[i], items[i + 1]);
    return out_;
}
