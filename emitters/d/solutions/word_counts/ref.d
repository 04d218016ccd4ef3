import std.math;
long[string] word_counts(string text, long min_length)
{
    import std.array : split;
    import std.uni : toLower;
    import std.utf : count;
    if (min_length < 1)
        throw new Exception("min_length must be positive");
    long[string] counts;
    foreach (word; text.toLower.split)
        if (cast(long) word.count >= min_length)
            counts[word] += 1;
    return counts;
}
