import std.math;
string[][] chunk(string[] items, long size)
{
    if (size <= 0)
        throw new Exception("size must be positive");
    string[][] out_;
    size_t step = cast(size_t) size;
    for (size_t i = 0; i < items.length; i += step)
        out_ ~= items[i .. (i + step < items.length ? i + step : items.length)].dup;
    return out_;
}
