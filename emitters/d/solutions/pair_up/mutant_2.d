// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
import std.math;
import std.typecons;
Tuple!(long, long)[] pair_up(long[] items, bool overlap)
{
    size_t step = overlap ? 1 : 2;
    Tuple!(long, long)[] out_;
    for (size_t i = 0; i + 1 < items.length; i += step)
        out_ ~= (items[i] < items[i + 1] ? tuple(items[i], items[i + 1]) : tuple(items[i + 1], items[i]));
    return out_;
}
