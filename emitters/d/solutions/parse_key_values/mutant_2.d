// expect-fail: 18 35
// Mutant: keys are not stripped of surrounding whitespace.
import std.math;
long[][string] parse_key_values(string text, string sep)
{
    import std.array : split;
    import std.conv : to;
    import std.string : indexOf, strip;
    long[][string] result;
    foreach (entry; text.split(sep))
    {
        if (entry.strip.length == 0)
            continue;
        auto i = entry.indexOf('=');
        if (i < 0)
            throw new Exception("missing '=' in entry " ~ entry);
        string key = entry[0 .. i];
        long[] values;
        foreach (item; entry[i + 1 .. $].split(","))
            if (item.strip.length)
                values ~= item.strip.to!long;
        if (key !in result)
            result[key] = [];
        result[key] ~= values;
    }
    return result;
}
